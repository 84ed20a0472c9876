import type { DataInUseDetails } from '@shared/data-in-use'
import type { ErrorCode } from '@shared/result'

// Every code is also an api ErrorCode, so the api layer can pass it through unchanged.
export type StoreErrorCode = Extract<
  ErrorCode,
  | 'data-too-new'
  | 'data-in-use'
  | 'data-locked'
  | 'key-missing'
  | 'linked-folder'
  | 'wrong-passphrase'
  | 'encryption-failed'
  | 'storage-failed'
  | 'invalid-input'
>

/** A store failure with a message in plain words that tells the user what to do next. */
export class StoreError extends Error {
  override readonly name = 'StoreError'
  readonly code: StoreErrorCode
  /** The data file concerned, relative to the data folder, when there is one. */
  readonly file: string | undefined
  /** For data-in-use at opening: who holds the folder, for the app to show and offer a take-over. */
  readonly details: DataInUseDetails | undefined

  constructor(
    code: StoreErrorCode,
    message: string,
    options: { cause?: unknown; file?: string; details?: DataInUseDetails } = {}
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.file = options.file
    this.details = options.details
  }
}

/** Builds the error for a file that could not be written, keeping the system's reason. */
export function saveFailed(file: string, dataDir: string, cause: unknown): StoreError {
  return new StoreError(
    'storage-failed',
    `Dossier could not save ${file} (${reason(cause)}). Check that the disk has free space and that ${dataDir} can be written to, then try again.`,
    { cause, file }
  )
}

/** Builds the error for a file that exists but could not be read at all (not a damaged file). */
export function readFailed(file: string, dataDir: string, cause: unknown): StoreError {
  return new StoreError(
    'storage-failed',
    `Dossier could not read ${file} (${reason(cause)}). Check that ${dataDir} is reachable and that you may read it, then start Dossier again.`,
    { cause, file }
  )
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}
