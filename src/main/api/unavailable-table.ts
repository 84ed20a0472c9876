import { OPERATION_NAMES } from '@shared/operations'
import type { AppStatus, OperationName } from '@shared/operations'
import type { ApiError, Result } from '@shared/result'
import { parseInput } from './table'
import type { ApiTable } from './table'

/**
 * What an attempt to open the folder asks for: taking it over, the passphrase that unlocks or
 * sets it up, or (without one) the key this computer account keeps, where the app offers that.
 */
export interface OpenRequest {
  takeOver: boolean
  passphrase?: string
  credentialStore?: boolean
}

/** Opens the data folder again as asked; answers with the new status or why it still cannot. */
export type Reopen = (request: OpenRequest) => Promise<Result<AppStatus>>

/**
 * The table served while the data folder cannot be opened: every call answers with why, so the
 * window can explain it instead of the app failing to start; except app.openDataFolder, which
 * tries again (with a passphrase when the folder is locked or still to be set up). Taking the
 * folder over is accepted only when another Dossier holding it is the reason: for any other
 * failure (data from a newer Dossier, an unreadable disk) the lock is not what stands in the
 * way, and the answer is that failure again.
 */
export function createUnavailableApiTable(error: ApiError, reopen: Reopen): ApiTable {
  const table: Partial<Record<OperationName, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of OPERATION_NAMES) table[name] = async () => ({ ok: false, error })
  table['app.openDataFolder'] = async (input: unknown) => {
    const parsed = parseInput('app.openDataFolder', input)
    if (!parsed.ok) return parsed
    if (parsed.value.takeOver && error.code !== 'data-in-use') return { ok: false, error }
    return reopen(parsed.value)
  }
  return table as ApiTable
}
