import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { mapLimited } from './map-limited'
import type { StoreFs } from './store-fs'

/**
 * Written inside every start-up backup: what each copied file held. The next open compares the
 * data files with the newest backup's manifest, so a start with unchanged data copies nothing
 * and pushes no older backup out of the rotation.
 */
export const MANIFEST_FILE = 'backup-manifest.json'
const MANIFEST_FORMAT = 1

// As in load-data-folder: a folder of thousands of briefs must not open them all at once.
const HASH_CONCURRENCY = 16

/** One file's size in bytes and the SHA-256 of its bytes, in hex. */
export interface FileDigest {
  size: number
  sha256: string
}

/** Digests by path relative to the data folder. */
export type Digests = Record<string, FileDigest>

function digestOf(bytes: Uint8Array): FileDigest {
  return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/** Reads and digests the given data files. */
export async function digestFiles(fs: StoreFs, dataDir: string, relPaths: readonly string[]): Promise<Digests> {
  const digests = await mapLimited(relPaths, HASH_CONCURRENCY, async (relPath) =>
    digestOf(await fs.readFile(join(dataDir, ...relPath.split('/'))))
  )
  return Object.fromEntries(relPaths.map((relPath, index) => [relPath, digests[index]!]))
}

export function manifestText(digests: Digests): string {
  return `${JSON.stringify({ format: MANIFEST_FORMAT, files: digests }, null, 2)}\n`
}

/** What a backup holds of the current files: those with the same bytes, and how many its manifest lists. */
export interface HeldFiles {
  same: ReadonlySet<string>
  listed: number
}

/**
 * The files a backup holds with exactly the bytes `current` describes: listed in its manifest
 * with the same size and SHA-256, and a copy of that size still there (a stat per file is cheap
 * and catches a copy truncated or removed since it was written). Anything unexpected (no
 * manifest, as in backups made before manifests existed, or one that does not parse) holds
 * nothing, so the worst a doubt costs is a file copied once too often.
 */
export async function heldFiles(fs: StoreFs, backupDir: string, current: Digests): Promise<HeldFiles> {
  const recorded = await readManifest(fs, backupDir)
  if (recorded === null) return { same: new Set(), listed: 0 }
  const listedSame = Object.keys(current).filter((relPath) => {
    const want = current[relPath]!
    const have = recorded[relPath]
    return have !== undefined && have.size === want.size && have.sha256 === want.sha256
  })
  const sizes = await mapLimited(listedSame, HASH_CONCURRENCY, (relPath) =>
    fs.stat(join(backupDir, ...relPath.split('/'))).then(
      (info) => info.size,
      () => -1
    )
  )
  const same = new Set(listedSame.filter((relPath, index) => sizes[index] === current[relPath]!.size))
  return { same, listed: Object.keys(recorded).length }
}

/** True when the backup holds exactly these files, no more and no fewer, with these bytes. */
export function holdsExactly(held: HeldFiles, current: Digests): boolean {
  const count = Object.keys(current).length
  return held.same.size === count && held.listed === count
}

/** The digests a backup's manifest lists; null when it has none or it cannot be read. */
async function readManifest(fs: StoreFs, backupDir: string): Promise<Digests | null> {
  let parsed: unknown
  try {
    parsed = JSON.parse((await fs.readFile(join(backupDir, MANIFEST_FILE))).toString('utf8'))
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { format, files } = parsed as { format?: unknown; files?: unknown }
  if (format !== MANIFEST_FORMAT || typeof files !== 'object' || files === null || Array.isArray(files)) return null
  for (const entry of Object.values(files as Record<string, unknown>)) {
    const { size, sha256 } = (entry ?? {}) as { size?: unknown; sha256?: unknown }
    if (typeof size !== 'number' || typeof sha256 !== 'string') return null
  }
  return files as Digests
}
