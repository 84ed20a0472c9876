import { constants as bufferConstants } from 'node:buffer'
import { constants, statSync } from 'node:fs'
import type { BigIntStats, Stats } from 'node:fs'
import * as fsp from 'node:fs/promises'

// Every file operation the store makes on its data folder goes through this interface. The app
// and the command line use the real disk (nodeFs); the power-loss tests give the store an
// implementation that keeps writes in memory and, at a chosen moment, throws away whatever was
// not yet made durable by an fsync of the file or of its directory.

/** What the store reads of a file's metadata. */
export interface StoreStats {
  size: number
  /** The file's identity; a bigint because on Windows file ids do not fit a double. */
  ino: bigint
  mtimeMs: number
  isDirectory: boolean
}

/** What an entry is, seen without following a symbolic link, and its permission bits (mode & 0o777). */
export interface StoreEntryStats {
  kind: 'file' | 'folder' | 'link' | 'other'
  mode: number
}

/**
 * How a file is opened: read, read-write, append (creating), append with each write durable
 * before it returns (creating), write (creating or emptying), create only.
 */
export type OpenFlags = 'r' | 'r+' | 'a' | 'a-durable' | 'w' | 'wx'

// A symbolic link put where a data file should be is never read or written through: it would
// bring a file from outside the folder in (a read-only listing copied /etc/passwd into
// recovered/), or send a save, a journal line or a log line out of it. Opening such a name fails
// (ELOOP), which the store takes as damage. Only 'r' follows links: it opens folders to sync them,
// and the data folder itself may be reached through a link its owner made. Windows has no flag.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0
const { O_RDONLY, O_RDWR, O_WRONLY, O_CREAT, O_APPEND, O_TRUNC, O_EXCL } = constants

// A write through O_DSYNC is durable when it returns, as a write and an fdatasync are, in one
// call to the system instead of two: a journal append's p95 drops from about 0.9 ms to 0.35 on
// the 2-core bench machine. Where O_DSYNC is missing, O_SYNC ('as') does the same and a little more.
const DURABLE_APPEND =
  constants.O_DSYNC === undefined ? 'as' : O_WRONLY | O_CREAT | O_APPEND | constants.O_DSYNC | NO_FOLLOW

// Reading never waits: a pipe at the lock file's name (which 'r' opens) would hold the open for ever.
const READ_NOW = O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** The system's flags for an open; where links cannot be refused, Node's own names for them. */
function systemFlags(flags: OpenFlags): string | number {
  if (flags === 'a-durable') return DURABLE_APPEND
  if (flags === 'r') return READ_NOW
  if (NO_FOLLOW === 0) return flags
  const numeric: Record<Exclude<OpenFlags, 'r' | 'a-durable'>, number> = {
    'r+': O_RDWR,
    a: O_WRONLY | O_CREAT | O_APPEND,
    w: O_WRONLY | O_CREAT | O_TRUNC,
    wx: O_WRONLY | O_CREAT | O_TRUNC | O_EXCL
  }
  return numeric[flags] | NO_FOLLOW
}

/** An open file. writeFile writes at the end for 'a' and from the start otherwise. */
export interface StoreFileHandle {
  readFile(): Promise<Buffer>
  /** Up to `length` bytes from `position`; fewer where the file ends first. */
  readAt(length: number, position: number): Promise<Buffer>
  writeFile(data: string | Uint8Array): Promise<void>
  stat(): Promise<StoreStats>
  truncate(length: number): Promise<void>
  /** Makes the file's bytes and metadata durable; on a directory, its entries. */
  sync(): Promise<void>
  /** Makes the file's bytes durable. */
  datasync(): Promise<void>
  close(): Promise<void>
}

export interface StoreFs {
  open(path: string, flags: OpenFlags, mode?: number): Promise<StoreFileHandle>
  readFile(path: string): Promise<Buffer>
  stat(path: string): Promise<StoreStats>
  readdir(path: string): Promise<string[]>
  /** Creates the folder and any missing parents; answers the first folder it created, if any. */
  mkdir(path: string): Promise<string | undefined>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Gives an existing file a second name; fails with EEXIST when the name is taken. */
  link(existing: string, newPath: string): Promise<void>
  /** Removes a file or a folder with everything in it; a missing one is fine. */
  rm(path: string): Promise<void>
  /** Copies a file to a name that must not exist yet. */
  copyFile(from: string, to: string): Promise<void>
  /** Describes the entry itself: a symbolic link is reported as a link, never followed. */
  lstat(path: string): Promise<StoreEntryStats>
  /** Sets a file's or folder's permission bits (POSIX; Windows keeps only a read-only flag). */
  chmod(path: string, mode: number): Promise<void>
}

// Files and folders of the data folder are the user's alone: it can hold PROTECTED briefs.
export const FILE_MODE = 0o600
export const FOLDER_MODE = 0o700

function toStats(stats: BigIntStats): StoreStats {
  return {
    size: Number(stats.size),
    ino: stats.ino,
    mtimeMs: Number(stats.mtimeMs),
    isDirectory: stats.isDirectory()
  }
}

function entryKind(stats: Stats): StoreEntryStats['kind'] {
  if (stats.isSymbolicLink()) return 'link'
  if (stats.isDirectory()) return 'folder'
  return stats.isFile() ? 'file' : 'other'
}

// The longest string V8 makes (about 512 MiB): a file read whole is read to become text, and a
// larger one could not (it failed only after the whole read, some 2 GB of memory later).
const MAX_FILE_BYTES = bufferConstants.MAX_STRING_LENGTH

/** Said of a path that holds something other than a regular file (a pipe, a device, a folder, a link). */
export const NOT_A_FILE = 'DOSSIER_NOT_A_FILE'

/** Whether a read failed because no data file stands at the name (a folder, a pipe, a link, a file too large to be one). */
export function notADataFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === NOT_A_FILE || code === 'EISDIR' || code === 'ERR_FS_FILE_TOO_LARGE'
}

function notAFile(message: string): Error {
  return Object.assign(new Error(message), { code: NOT_A_FILE })
}

function fileTooLarge(size: number): Error {
  return Object.assign(new RangeError(`The file is too large to read (${size} bytes or more).`), {
    code: 'ERR_FS_FILE_TOO_LARGE'
  })
}

// Node's readFile reads a file 512 KiB at a time, each piece waiting its turn on the event loop:
// while the main process serves the window, a 31 MB saved search index took 520 ms to read that
// way, against 40 to 75 ms asked for in one read. So the whole file is asked for at once (its
// size from the open file), and read on for as long as the file still gives bytes.
async function readWhole(handle: fsp.FileHandle, maxBytes = MAX_FILE_BYTES): Promise<Buffer> {
  const stats = await handle.stat()
  if (!stats.isFile()) throw notAFile('It is not a file (a folder, a pipe or a device stands in its place).')
  const { size } = stats
  if (size > maxBytes) throw fileTooLarge(size)
  const pieces: Buffer[] = []
  let total = 0
  // Room for the size the file has now and a byte more, so that the read that finds its end needs
  // no buffer of its own; then more, for as long as the file still gives bytes (it may have grown).
  // Not from Buffer's shared pool, as Node's readFile: the bytes are the file's alone.
  for (let want = size + 1; ; want = 64 * 1024) {
    const piece = Buffer.allocUnsafeSlow(want)
    let filled = 0
    while (filled < want) {
      const { bytesRead } = await handle.read(piece, filled, Math.min(want - filled, MAX_FILE_BYTES), null)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    pieces.push(piece.subarray(0, filled))
    total += filled
    // A file that never ends (a device put where a data file should be) stops here, as with Node's readFile.
    if (total > maxBytes) throw fileTooLarge(total)
    if (filled < want) return pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, total)
  }
}

/** The whole of a file, read as readWhole says; `maxBytes` is for tests. */
export async function readWholeFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Buffer> {
  // Without waiting: a named pipe put where a data file should be would hold the open until some
  // program wrote into it, for ever. Regular files ignore the flag (Windows has none to give).
  const handle = await fsp.open(path, READ_NOW | NO_FOLLOW).catch((error: unknown) => {
    throw (error as { code?: unknown }).code === 'ELOOP' ? notAFile('It is a link to another place.') : error
  })
  try {
    return await readWhole(handle, maxBytes)
  } finally {
    await handle.close()
  }
}

function wrap(handle: fsp.FileHandle): StoreFileHandle {
  return {
    readFile: () => readWhole(handle),
    readAt: async (length, position) => {
      const buffer = Buffer.alloc(length)
      const { bytesRead } = await handle.read(buffer, 0, length, position)
      return buffer.subarray(0, bytesRead)
    },
    writeFile: (data) => handle.writeFile(data),
    stat: async () => toStats(await handle.stat({ bigint: true })),
    truncate: (length) => handle.truncate(length),
    sync: () => handle.sync(),
    datasync: () => handle.datasync(),
    close: () => handle.close()
  }
}

/** The real disk. A plain object, so a test can replace one operation to simulate a failing disk. */
export const nodeFs: StoreFs = {
  open: async (path, flags, mode = FILE_MODE) => wrap(await fsp.open(path, systemFlags(flags), mode)),
  readFile: (path) => readWholeFile(path),
  // Asked directly, not through libuv's thread pool: the system answers a stat from its cache of
  // metadata in a few microseconds, where the pool's round trip cost 80-100 us, 40 of them on this
  // thread (measured). Every save makes three (the lock file and the journal's two files).
  stat: async (path) => toStats(statSync(path, { bigint: true })),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path) => fsp.mkdir(path, { recursive: true, mode: FOLDER_MODE }),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  link: (existing, newPath) => fsp.link(existing, newPath),
  rm: (path) => fsp.rm(path, { recursive: true, force: true }),
  copyFile: (from, to) => fsp.copyFile(from, to, constants.COPYFILE_EXCL),
  lstat: async (path) => {
    const stats = await fsp.lstat(path)
    return { kind: entryKind(stats), mode: stats.mode & 0o777 }
  },
  chmod: (path, mode) => fsp.chmod(path, mode)
}
