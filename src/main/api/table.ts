import type { z } from 'zod'
import { operations, OPERATION_NAMES } from '@shared/operations'
import type { OperationName, OperationOutput } from '@shared/operations'
import { fail, ok } from '@shared/result'
import type { ApiError, FieldIssue, Result } from '@shared/result'
import { ApiFailure } from '../core/failure'
import type { Logger } from '../core/log'
import { StoreError } from '../store'

/** An operation's input once its schema has parsed it (defaults filled in). */
export type ParsedInput<Name extends OperationName> = z.output<(typeof operations)[Name]['input']>

/** What each domain file supplies: a function per operation, receiving input already validated. */
export type Handlers = {
  [Name in OperationName]: (input: ParsedInput<Name>) => Promise<OperationOutput<Name>> | OperationOutput<Name>
}

/** The table every transport calls: untrusted input in, a Result out, never a throw. */
export type ApiTable = {
  [Name in OperationName]: (input: unknown) => Promise<Result<OperationOutput<Name>>>
}

/** Wraps handlers so each call validates its input against the contract and returns a Result. */
export function createApiTable(handlers: Handlers, log: Logger): ApiTable {
  const table: Partial<Record<OperationName, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of OPERATION_NAMES) {
    table[name] = async (input: unknown) => {
      const parsed = parseInput(name, input)
      if (!parsed.ok) return parsed
      try {
        const handler = handlers[name] as (value: unknown) => unknown
        return ok(await handler(parsed.value))
      } catch (error) {
        return { ok: false, error: toApiError(name, error, log) }
      }
    }
  }
  return table as ApiTable
}

/** An operation's input checked against its contract schema: the parsed value, or invalid-input naming each field. */
export function parseInput<Name extends OperationName>(name: Name, input: unknown): Result<ParsedInput<Name>> {
  const parsed = operations[name].input.safeParse(input ?? {})
  if (parsed.success) return ok(parsed.data as ParsedInput<Name>)
  const issues = toFieldIssues(parsed.error)
  return fail('invalid-input', describeIssues(name, issues), issues)
}

/** Turns zod's issues into field paths and messages a form can show next to each field. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message
  }))
}

function describeIssues(name: OperationName, issues: FieldIssue[]): string {
  const listed = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
  return `The request "${name}" was not accepted: ${listed}`
}

const SILENT_REFUSALS = new Set<string>(['data-locked', 'wrong-passphrase'])

/** Known failures pass through with their code; anything else is logged whole and reported plainly. */
export function toApiError(name: string, error: unknown, log: Logger): ApiError {
  if (error instanceof ApiFailure) return error.toApiError()
  if (error instanceof StoreError) {
    // A locked folder or a mistyped passphrase is the user's to retry, not a fault to investigate;
    // and a refused opening must leave the data folder, log included, exactly as it was.
    if (!SILENT_REFUSALS.has(error.code)) log.error(`${name} failed in the store`, error)
    return error.details
      ? { code: error.code, message: error.message, details: error.details }
      : { code: error.code, message: error.message }
  }
  log.error(`${name} failed unexpectedly`, error)
  return {
    code: 'internal',
    message: 'Something went wrong inside Dossier. Nothing was changed; the details are in the log.'
  }
}
