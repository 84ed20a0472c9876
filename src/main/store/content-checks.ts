import { createHash, hash, randomBytes, webcrypto } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dossierCacheDir, privateToThisAccount } from './account-cache.mjs'

// Validating every file of a plain folder at every open was most of what a `dossier` command
// cost once its modules were loaded (zod: 65 ms of a 426 ms run on the embedded library, 773 ms
// at 20,000 items, with as much again in garbage collection; measured with --cpu-prof). A sealed
// folder skips files its own key marked as checked (checked-documents.ts); a plain file carries
// no such mark, since anyone who can write the folder could write the mark too.
//
// So a plain folder's checks are remembered OUTSIDE it, in this computer account's cache: for
// each data file, the SHA-256 of the exact bytes that passed its schema. A file is skipped only
// when the bytes read now hash to that value, so a file edited by hand, replaced, restored from
// elsewhere or swapped by someone who can write the data folder (a shared drive, a USB key) is
// validated as before: to forge a check one must write this account's cache, and whoever can
// do that can change the program itself. Only bytes that are exactly what Dossier writes for
// the value that passed are remembered (see noteIfCanonical), so reading them back without the
// schema gives that value, never something the schema would have reshaped or stripped.
// That holds only while the cache is this account's alone: a cache folder placed where another
// account may write (XDG_CACHE_HOME or DOSSIER_CHECKED_CACHE naming a shared folder, a link to
// one) is not believed, and every file is validated as if nothing had been checked.

const CACHE_FORMAT = 1

/** What this computer account found valid in one data folder, by file and content. */
export interface ContentChecks {
  /** The schema id these exact bytes of `role` passed, or null. */
  passed(role: string, sha256: string): string | null
  /** Remembers that the bytes hashing to `sha256` at `role` passed the schema `schema` names. */
  note(role: string, sha256: string, schema: string): void
  /** Writes what was noted; a cache that cannot be written is only a slower next open. */
  save(): Promise<void>
}

interface Entry {
  sha256: string
  schema: string
}

/** The cache folder for this computer account (account-cache.mjs, shared with the command's code cache). */
export const defaultChecksDir = dossierCacheDir

/** SHA-256 of bytes or text, in hex. */
export function sha256Of(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

// WebCrypto's first digest costs its caller 4 to 6 ms of set-up (its modules, the algorithm's
// normalization; measured in a fresh process), where hashing 100 KB at once takes half a
// millisecond: a file this small is not worth another thread. The embedded library's files are
// all smaller; a 20,000-item library's are tens of megabytes.
const HASHED_AT_ONCE_BELOW_BYTES = 256 * 1024

/**
 * SHA-256 of bytes, in hex. Large bytes are hashed on libuv's thread pool (WebCrypto's digest
 * runs there): the caller's thread goes on meanwhile, with another core, on what does not need
 * the digest yet. Small ones are hashed at once.
 */
export async function sha256InBackground(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength < HASHED_AT_ONCE_BELOW_BYTES) return hash('sha256', bytes)
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex')
}

/** The checks remembered for `dataDir` (an absolute path) in `cacheDir`; none when unreadable. */
export async function openContentChecks(cacheDir: string, dataDir: string): Promise<ContentChecks> {
  const folder = join(cacheDir, 'checked')
  const file = join(folder, `${sha256Of(dataDir).slice(0, 32)}.json`)
  const believed = privateToThisAccount(folder) && privateToThisAccount(file, true)
  const entries = new Map<string, Entry>(believed ? await readEntries(file, dataDir) : [])
  let changed = false
  return {
    passed: (role, sha256) => {
      const entry = entries.get(role)
      return entry !== undefined && entry.sha256 === sha256 ? entry.schema : null
    },
    note: (role, sha256, schema) => {
      const entry = entries.get(role)
      if (entry?.sha256 === sha256 && entry.schema === schema) return
      entries.set(role, { sha256, schema })
      changed = true
    },
    save: async () => {
      if (!changed) return
      changed = false
      const text = JSON.stringify({ format: CACHE_FORMAT, dataDir, files: Object.fromEntries(entries) })
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`
      try {
        await mkdir(folder, { recursive: true, mode: 0o700 })
        await writeFile(temp, text, { mode: 0o600 })
        await rename(temp, file)
      } catch {
        await rm(temp, { force: true }).catch(() => undefined)
      }
    }
  }
}

async function readEntries(file: string, dataDir: string): Promise<Array<[string, Entry]>> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return []
  }
  const { format, dataDir: folder, files } = (parsed ?? {}) as { format?: unknown; dataDir?: unknown; files?: unknown }
  // Another folder whose name hashes alike, or a cache of another format: nothing is known.
  if (format !== CACHE_FORMAT || folder !== dataDir || typeof files !== 'object' || files === null) return []
  return Object.entries(files).filter(
    (pair): pair is [string, Entry] =>
      typeof pair[1] === 'object' &&
      pair[1] !== null &&
      typeof (pair[1] as Entry).sha256 === 'string' &&
      typeof (pair[1] as Entry).schema === 'string'
  )
}
