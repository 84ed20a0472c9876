import type { DataInUseDetails } from './data-in-use'

/** Error codes the api can return; the interface translates each into words a user can act on. */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'in-use',
  'export-blocked',
  'invalid-file',
  'file-too-demanding',
  'untrusted-file',
  'downgrade-unconfirmed',
  'unknown-operation',
  'forbidden-sender',
  'data-too-new',
  'data-in-use',
  'needs-set-up',
  'needs-encryption',
  'encryption-failed',
  'data-locked',
  'key-missing',
  'linked-folder',
  'wrong-passphrase',
  'already-open',
  'storage-failed',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One problem with one field of an input, named by its path (for example `meeting.date`). */
export interface FieldIssue {
  path: string
  message: string
  /** The contract's key for the refusal (such as DUPLICATE_NAME_ISSUE), so the interface can say it in the user's language. */
  key?: string
}

export interface ApiError {
  code: ErrorCode
  /** Plain English for logs and the command line; the interface translates by `code`. */
  message: string
  issues?: FieldIssue[]
  /** For data-in-use: who holds the data folder and where its lock is, so the interface can say it in the user's language. */
  details?: DataInUseDetails
  /** For invalid-file: the name (never the path) of the user's file that was refused, to name it on screen. */
  fileName?: string
}

/** Every api call answers with this shape; nothing is thrown across the transport. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<T> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } }
}
