import { readFile } from 'node:fs/promises'
import { Writable } from 'node:stream'
import { ApiFailure } from '../core/failure'
import { readline } from '../core/lazy-builtins'

// A passphrase never comes from an argument (it would sit in the shell's history and in the
// process list): it is read from a file named by an environment variable, or typed at a prompt
// that does not echo.

export const PASSPHRASE_FILE_ENV = 'DOSSIER_PASSPHRASE_FILE'
export const NEW_PASSPHRASE_FILE_ENV = 'DOSSIER_NEW_PASSPHRASE_FILE'

/** The passphrase in the file the variable names (one trailing newline dropped); undefined when it is not set. */
export async function passphraseFromFile(env: NodeJS.ProcessEnv, variable: string): Promise<string | undefined> {
  const path = env[variable]
  if (path === undefined || path === '') return undefined
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ApiFailure(
      'invalid-input',
      `The passphrase file ${path} (named by ${variable}) cannot be read: ${(error as Error).message}.`
    )
  }
  const passphrase = text.replace(/\r?\n$/, '')
  if (passphrase === '')
    throw new ApiFailure('invalid-input', `The passphrase file ${path} (named by ${variable}) is empty.`)
  return passphrase
}

/** Asks on the terminal without echoing what is typed; undefined when there is no terminal to ask on. */
export async function promptPassphrase(question: string, err: NodeJS.WritableStream): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined
  err.write(question)
  // Typed characters go nowhere; only the question above was shown.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() })
  const lines = readline().createInterface({ input: process.stdin, output: silent, terminal: true })
  try {
    return await new Promise<string>((resolve) => lines.question('', resolve))
  } finally {
    lines.close()
    err.write('\n')
  }
}

/** A new passphrase: from its file, or typed twice; refused when the two differ. */
export async function newPassphrase(
  env: NodeJS.ProcessEnv,
  variable: string,
  err: NodeJS.WritableStream
): Promise<string> {
  const fromFile = await passphraseFromFile(env, variable)
  if (fromFile !== undefined) return fromFile
  const first = await promptPassphrase('New passphrase (several unrelated words are best): ', err)
  if (first === undefined) {
    throw new ApiFailure(
      'invalid-input',
      `Give the new passphrase in a file named by ${variable}, or run the command in a terminal.`
    )
  }
  const second = await promptPassphrase('The same passphrase again: ', err)
  if (second !== first) throw new ApiFailure('invalid-input', 'The two passphrases differ. Nothing was changed.')
  return first
}
