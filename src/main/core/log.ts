import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** Where failures go in full (stack included) while the user sees a plain sentence. */
export interface Logger {
  error(message: string, error?: unknown): void
  info(message: string): void
}

// The log sits beside the data but is never encrypted, so it must never quote the data: an
// error's message is kept only when Dossier or the system wrote it (paths, codes, our own
// sentences). Others can quote what was being read: a JSON SyntaxError shows the text around
// the fault, a validation error the value it refused, a library's error the document's words.
// Their class and stack frames, which name only code, are enough to find the fault.
const MESSAGES_KEPT = new Set(['StoreError', 'ApiFailure', 'TypeError', 'RangeError', 'ReferenceError'])

function isSystemError(error: Error): boolean {
  return typeof (error as { syscall?: unknown }).syscall === 'string'
}

function headline(error: Error): string {
  const code = (error as { code?: unknown }).code
  const label = typeof code === 'string' ? `${error.name} [${code}]` : error.name
  if (MESSAGES_KEPT.has(error.name) || isSystemError(error)) return `${label}: ${error.message}`
  return `${label} (its message is not logged: it may quote the data being read)`
}

function describe(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) {
    if (error === undefined) return ''
    return `A ${typeof error} was thrown (its value is not logged: it may quote the data being read)`
  }
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  const cause = error.cause !== undefined && depth < 5 ? `\nCaused by: ${describe(error.cause, depth + 1)}` : ''
  return [headline(error), ...frames].join('\n') + cause
}

/**
 * A logger that appends timestamped lines to a file and, unless told not to, echoes errors to
 * stderr (the app's console). The command line says each failure in one plain line itself, so
 * it turns the echo off: the stack stays in the file.
 */
export function createFileLogger(file: string, { echoErrors = true }: { echoErrors?: boolean } = {}): Logger {
  const writable = prepareLogFolder(dirname(file))
  const write = (level: string, message: string, error?: unknown): void => {
    const detail = describe(error)
    const line = `${new Date().toISOString()} ${level} ${message}${detail ? `\n${detail}` : ''}\n`
    // Synchronous on purpose: the line must be on disk even if the process dies right after.
    // A log that cannot be written (a read-only folder, a link in the log's place) loses its
    // line, never the command or the app: what failed is told to the user in any case.
    if (writable) {
      try {
        const fd = openSync(file, APPEND_NO_FOLLOW, 0o600)
        try {
          writeSync(fd, line)
        } finally {
          closeSync(fd)
        }
      } catch {
        // Told below for errors; an info line is not worth a failure.
      }
    }
    if (echoErrors && level === 'ERROR') process.stderr.write(line)
  }
  return {
    error: (message, error) => write('ERROR', message, error),
    info: (message) => write('INFO', message)
  }
}

// Never appended through a link: the line would land in whatever file the link names. Nor
// waiting on a pipe put at its name (no reader: ENXIO, and the line is let go).
const APPEND_NO_FOLLOW =
  constants.O_NOFOLLOW === undefined
    ? 'a'
    : constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NOFOLLOW | constants.O_NONBLOCK

/**
 * Makes the log's folder (in the data folder, which is its owner's alone: store/private-modes.ts)
 * and says whether lines may be written there: not when it cannot be made, nor when it is a link
 * to another place (the store refuses such a data folder and says why: store/linked-folders.ts).
 */
function prepareLogFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    return !lstatSync(folder).isSymbolicLink()
  } catch {
    return false
  }
}

/** A logger that keeps lines in memory, for tests that check what was logged. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    error: (message, error) => lines.push(`ERROR ${message} ${describe(error)}`),
    info: (message) => lines.push(`INFO ${message}`)
  }
}
