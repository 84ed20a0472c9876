import { OPERATION_NAMES } from '@shared/operations'
import type { OperationName } from '@shared/operations'
import { fail } from '@shared/result'
import type { Result } from '@shared/result'
import type { ApiTable } from './table'

/**
 * A table whose calls wait for `opening`, then go to the table it gives: a transport can be bound,
 * and the window load, while the data folder opens. Opening answers with a table even when the
 * folder cannot be opened (unavailable-table.ts); should it throw all the same, every call says
 * so in words rather than leaving the window waiting.
 */
export function tableOnceOpen(opening: Promise<ApiTable>): ApiTable {
  const table: Partial<Record<OperationName, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of OPERATION_NAMES) {
    table[name] = (input) =>
      opening.then(
        (opened): Promise<Result<unknown>> => opened[name](input),
        (error: unknown) => fail('internal', `Dossier could not open its data folder: ${String(error)}`)
      )
  }
  return table as ApiTable
}
