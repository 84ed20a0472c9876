import type { ApiError, ErrorCode, FieldIssue } from '@shared/result'

/** Thrown by a service or handler to answer with a specific error code; the table turns it into a Result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    /** The name of the user's file this is about, when there is one. */
    readonly fileName?: string
  ) {
    super(message)
    this.name = 'ApiFailure'
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.fileName === undefined ? {} : { fileName: this.fileName })
    }
  }
}

/** The value, or a not-found failure naming what was looked for. */
export function found<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new ApiFailure('not-found', `No ${what} with id "${id}" exists in this library.`)
  return value
}
