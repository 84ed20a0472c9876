import { resolve, sep } from 'node:path'
import { digestOfBytes } from './backup-manifest'
import type { FileDigest } from './backup-manifest'
import type { StoreFileHandle, StoreFs } from './store-fs'

/**
 * The digests of the data files an open read, taken from the very bytes it read, so that the
 * start-up backup that follows need not read and hash every file again: in a plain folder of
 * 20,000 items that was 58 MB read and hashed a second time, 55 to 130 ms of every start.
 *
 * A digest is forgotten the moment anything changes its path through `watching(fs)` (a repair,
 * a journal folded in, a seed, a file kept aside), and a file never read has none: the backup
 * then digests it from disk as before. So a digest given is always of the bytes the file holds.
 */
export class ReadDigests {
  private readonly byPath = new Map<string, FileDigest | Promise<FileDigest>>()
  // Paths with a handle open for writing: what is read there may change under the reader.
  private readonly writing = new Map<string, number>()

  constructor(private readonly sealed: boolean) {}

  /**
   * Remembers the digest of the bytes just read at `path`; `sha256` when the reader has it already,
   * or is working it out (those very bytes' hash, whenever it comes).
   */
  note(path: string, bytes: Uint8Array, sha256?: string | Promise<string>): void {
    const key = resolve(path)
    if (this.writing.has(key)) return
    const digest =
      typeof sha256 === 'object'
        ? sha256.then(
            (hash) => digestOfBytes(bytes, this.sealed, hash),
            () => digestOfBytes(bytes, this.sealed)
          )
        : digestOfBytes(bytes, this.sealed, sha256)
    this.byPath.set(key, digest)
  }

  /** The digest of what `path` holds, if it was read and nothing changed it since. */
  known(path: string): FileDigest | Promise<FileDigest> | undefined {
    return this.byPath.get(resolve(path))
  }

  /** `fs`, telling these digests of every change it makes. */
  watching(fs: StoreFs): StoreFs {
    const forget = (...paths: string[]) => {
      for (const path of paths) this.byPath.delete(resolve(path))
    }
    // Every method named: `fs` may be a class (tests simulate power cuts), whose methods a spread would miss.
    return {
      open: async (path, flags, mode) => {
        const handle = await fs.open(path, flags, mode)
        return flags === 'r' ? handle : this.writingTo(path, handle)
      },
      readFile: (path) => fs.readFile(path),
      stat: (path) => fs.stat(path),
      readdir: (path) => fs.readdir(path),
      mkdir: (path) => fs.mkdir(path),
      lstat: (path) => fs.lstat(path),
      chmod: (path, mode) => fs.chmod(path, mode),
      rename: async (from, to) => {
        forget(from, to)
        await fs.rename(from, to)
      },
      unlink: async (path) => {
        forget(path)
        await fs.unlink(path)
      },
      link: async (existing, newPath) => {
        forget(newPath)
        await fs.link(existing, newPath)
      },
      rm: async (path) => {
        // A folder's removal takes every file in it.
        const folder = resolve(path)
        for (const key of [...this.byPath.keys()]) if (key === folder || key.startsWith(`${folder}${sep}`)) forget(key)
        await fs.rm(path)
      },
      copyFile: async (from, to) => {
        forget(to)
        await fs.copyFile(from, to)
      }
    }
  }

  private writingTo(path: string, handle: StoreFileHandle): StoreFileHandle {
    const key = resolve(path)
    this.byPath.delete(key)
    this.writing.set(key, (this.writing.get(key) ?? 0) + 1)
    let open = true
    return {
      readFile: () => handle.readFile(),
      readAt: (length, position) => handle.readAt(length, position),
      writeFile: async (data) => {
        this.byPath.delete(key)
        await handle.writeFile(data)
      },
      truncate: async (length) => {
        this.byPath.delete(key)
        await handle.truncate(length)
      },
      stat: () => handle.stat(),
      sync: () => handle.sync(),
      datasync: () => handle.datasync(),
      close: async () => {
        if (open) {
          open = false
          const left = (this.writing.get(key) ?? 1) - 1
          if (left > 0) this.writing.set(key, left)
          else this.writing.delete(key)
        }
        await handle.close()
      }
    }
  }
}
