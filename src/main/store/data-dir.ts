import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** Where the data folder can be named, highest precedence first after the default. */
export interface DataDirSources {
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  /** Electron's userData folder, passed in by the Electron layer. */
  defaultDir: string
}

const FLAG = '--data-dir'
export const DATA_DIR_ENV = 'DOSSIER_DATA_DIR'

/** The data folder: `--data-dir <path>` or `--data-dir=<path>`, else DOSSIER_DATA_DIR, else the default; always absolute. */
export function resolveDataDir({ argv, env, defaultDir }: DataDirSources): string {
  const chosen = fromArgv(argv) ?? nonEmpty(env[DATA_DIR_ENV]) ?? defaultDir
  return resolve(expandHome(chosen))
}

// The last occurrence wins, as with most command-line tools.
function fromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined
  argv.forEach((arg, index) => {
    if (arg.startsWith(`${FLAG}=`)) found = nonEmpty(arg.slice(FLAG.length + 1)) ?? found
    const next = argv[index + 1]
    if (arg === FLAG && next !== undefined && !next.startsWith('--')) found = nonEmpty(next) ?? found
  })
  return found
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined
}

// Shells do not expand ~ in --data-dir=~/x or in desktop launchers, so the user's intent is honoured here.
function expandHome(path: string): string {
  if (path === '~') return homedir()
  if (path.startsWith('~/') || path.startsWith('~\\')) return join(homedir(), path.slice(2))
  return path
}
