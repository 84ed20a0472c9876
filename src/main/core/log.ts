import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/** Where failures go in full (stack included) while the user sees a plain sentence. */
export interface Logger {
  error(message: string, error?: unknown): void
  info(message: string): void
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  return error === undefined ? '' : String(error)
}

/**
 * A logger that appends timestamped lines to a file and, unless told not to, echoes errors to
 * stderr (the app's console). The command line says each failure in one plain line itself, so
 * it turns the echo off: the stack stays in the file.
 */
export function createFileLogger(file: string, { echoErrors = true }: { echoErrors?: boolean } = {}): Logger {
  // The log sits in the data folder, which is its owner's alone (see store/private-modes.ts).
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  const write = (level: string, message: string, error?: unknown): void => {
    const detail = describe(error)
    const line = `${new Date().toISOString()} ${level} ${message}${detail ? `\n${detail}` : ''}\n`
    // Synchronous on purpose: the line must be on disk even if the process dies right after.
    appendFileSync(file, line, { mode: 0o600 })
    if (echoErrors && level === 'ERROR') process.stderr.write(line)
  }
  return {
    error: (message, error) => write('ERROR', message, error),
    info: (message) => write('INFO', message)
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
