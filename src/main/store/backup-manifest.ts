import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { SEALED_HEAD_BYTES, SEALED_TAIL_BYTES } from './crypto/envelope'
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

/**
 * One file's size in bytes and what names its bytes: their SHA-256 in hex for a plain file, the
 * ends of a sealed one (its nonce and tag, see SEALED_HEAD_BYTES) in hex for a sealed one.
 */
export interface FileDigest {
  size: number
  sha256?: string
  seal?: string
}

/** Digests by path relative to the data folder. */
export type Digests = Record<string, FileDigest>

/**
 * The digest of a file's whole bytes: their SHA-256 (given when the caller has it already) for a
 * plain file, their ends for a sealed one.
 */
export function digestOfBytes(bytes: Uint8Array, sealed: boolean, sha256?: string): FileDigest {
  if (sealed) return { size: bytes.byteLength, seal: sealOfBytes(bytes) }
  return { size: bytes.byteLength, sha256: sha256 ?? createHash('sha256').update(bytes).digest('hex') }
}

function sealOfBytes(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(SEALED_HEAD_BYTES, bytes.byteLength))
  const tailFrom = Math.max(0, bytes.byteLength - SEALED_TAIL_BYTES)
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + tailFrom, bytes.byteLength - tailFrom)
  return Buffer.concat([head, tail]).toString('hex')
}

/**
 * Digests the given data files. `sealed` when they are the good files of an encrypted folder,
 * each opened (so authenticated) or written by this open: then only their ends are read. A file
 * whose digest this open already knows (`known`, read-digests.ts) is not read again.
 */
export async function digestFiles(
  fs: StoreFs,
  dataDir: string,
  relPaths: readonly string[],
  sealed: boolean,
  known: (path: string) => FileDigest | Promise<FileDigest> | undefined = () => undefined
): Promise<Digests> {
  const digests = await mapLimited(relPaths, HASH_CONCURRENCY, async (relPath) => {
    const path = join(dataDir, ...relPath.split('/'))
    return (await known(path)) ?? (sealed ? sealOf(fs, path) : digestOfBytes(await fs.readFile(path), false))
  })
  return Object.fromEntries(relPaths.map((relPath, index) => [relPath, digests[index]!]))
}

async function sealOf(fs: StoreFs, path: string): Promise<FileDigest> {
  const handle = await fs.open(path, 'r')
  try {
    const { size } = await handle.stat()
    const head = await handle.readAt(SEALED_HEAD_BYTES, 0)
    const tail = await handle.readAt(SEALED_TAIL_BYTES, Math.max(0, size - SEALED_TAIL_BYTES))
    return { size, seal: Buffer.concat([head, tail]).toString('hex') }
  } finally {
    await handle.close()
  }
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
 * with the same size and the same SHA-256 or seal, and a copy of that size still there (a stat per file is cheap
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
    return have !== undefined && have.size === want.size && have.sha256 === want.sha256 && have.seal === want.seal
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
    const { size, sha256, seal } = (entry ?? {}) as { size?: unknown; sha256?: unknown; seal?: unknown }
    // Exactly one name for the bytes, as a string: an entry with neither must not match a file.
    const names = [sha256, seal].filter((name) => name !== undefined)
    if (typeof size !== 'number' || names.length !== 1 || typeof names[0] !== 'string') return null
  }
  return files as Digests
}
