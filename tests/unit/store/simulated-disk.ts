import { posix } from 'node:path'
import { FILE_MODE, FOLDER_MODE } from '../../../src/main/store/store-fs'
import type { OpenFlags, StoreFileHandle, StoreFs, StoreStats } from '../../../src/main/store/store-fs'

// A disk kept in memory that can lose power. Every file and folder has two states: what the
// running system sees (the page cache) and what is on the platter. fsync/fdatasync of a file
// copies its bytes to the platter; fsync of a folder copies its entries (names created,
// renamed, linked, removed). A power cut keeps the platter only, as in SQLite's crash tests and
// the ALICE and CrashMonkey studies. Each operation that changes something is a "write
// boundary"; `crashAt` names the boundary at which the power goes, before it happens.

interface FileNode {
  kind: 'file'
  ino: bigint
  data: Buffer
  durable: Buffer
  mtimeMs: number
  /** Permission bits: recorded for the checks, with no effect on access or durability. */
  mode: number
}

interface FolderNode {
  kind: 'folder'
  ino: bigint
  entries: Map<string, Node>
  durable: Map<string, Node>
  mtimeMs: number
  mode: number
}

type Node = FileNode | FolderNode

/** What survives a cut: the platter only, or (as after kill -9) everything the system saw. */
export type CutKind = 'power' | 'kill'

/** Thrown by every operation from the cut on: the process is gone. */
export class PowerCut extends Error {
  override readonly name = 'PowerCut'
}

function fail(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: simulated, ${path}`), { code })
}

export class SimulatedDisk {
  /** Write boundaries passed so far. */
  boundaries = 0
  /** The boundary at which the power goes; never by default. */
  crashAt = Number.POSITIVE_INFINITY
  private cut = false
  private nextIno = 1n
  private clock = Date.parse('2026-11-26T07:00:00.000Z')
  private readonly root: FolderNode

  constructor(root?: FolderNode) {
    this.root = root ?? this.folder()
    if (root) this.nextIno = this.maxIno(root) + 1n
  }

  /** A disk holding these folders, durably. */
  static withFolders(...paths: string[]): SimulatedDisk {
    const disk = new SimulatedDisk()
    for (const path of paths) {
      let at = disk.root
      for (const name of parts(path)) {
        let child = at.entries.get(name)
        if (!child) {
          child = disk.folder()
          at.entries.set(name, child)
          at.durable.set(name, child)
        }
        if (child.kind !== 'folder') throw new Error(`${path} crosses a file`)
        at = child
      }
    }
    return disk
  }

  get crashed(): boolean {
    return this.cut
  }

  /** The disk as the next boot finds it. */
  reboot(kind: CutKind = 'power'): SimulatedDisk {
    const copies = new Map<Node, Node>()
    const copy = (node: Node): Node => {
      const done = copies.get(node)
      if (done) return done
      if (node.kind === 'file') {
        const bytes = Buffer.from(kind === 'power' ? node.durable : node.data)
        const file: FileNode = {
          kind: 'file',
          ino: node.ino,
          data: bytes,
          durable: Buffer.from(bytes),
          mtimeMs: node.mtimeMs,
          mode: node.mode
        }
        copies.set(node, file)
        return file
      }
      const folder: FolderNode = {
        kind: 'folder',
        ino: node.ino,
        entries: new Map(),
        durable: new Map(),
        mtimeMs: node.mtimeMs,
        mode: node.mode
      }
      copies.set(node, folder)
      for (const [name, child] of kind === 'power' ? node.durable : node.entries) {
        const childCopy = copy(child)
        folder.entries.set(name, childCopy)
        folder.durable.set(name, childCopy)
      }
      return folder
    }
    return new SimulatedDisk(copy(this.root) as FolderNode)
  }

  /** Reads a file as the running system sees it (for checks); null when there is none. */
  peek(path: string): Buffer | null {
    const node = this.find(path)
    return node?.kind === 'file' ? Buffer.from(node.data) : null
  }

  /** Replaces a file's bytes durably, as damage from outside would (for tests of recovery). */
  damage(path: string, bytes: Buffer): void {
    const node = this.find(path)
    if (node?.kind !== 'file') throw new Error(`no file at ${path}`)
    node.data = Buffer.from(bytes)
    node.durable = Buffer.from(bytes)
  }

  /** The permission bits of a file or folder; null when there is none. */
  modeOf(path: string): number | null {
    return this.find(path)?.mode ?? null
  }

  /** Names in a folder as the running system sees them; [] when there is none. */
  list(path: string): string[] {
    const node = this.find(path)
    return node?.kind === 'folder' ? [...node.entries.keys()] : []
  }

  readonly fs: StoreFs = {
    open: async (path, flags, mode) => this.open(path, flags, mode),
    readFile: async (path) => {
      this.alive()
      return Buffer.from(this.file(path).data)
    },
    stat: async (path) => {
      this.alive()
      return this.statOf(this.existing(path))
    },
    readdir: async (path) => {
      this.alive()
      const node = this.existing(path)
      if (node.kind !== 'folder') throw fail('ENOTDIR', path)
      return [...node.entries.keys()]
    },
    mkdir: async (path) => this.mkdir(path),
    rename: async (from, to) => this.rename(from, to),
    unlink: async (path) => {
      this.alive()
      const { parent, name } = this.parentOf(path)
      const node = parent.entries.get(name)
      if (!node) throw fail('ENOENT', path)
      if (node.kind === 'folder') throw fail('EISDIR', path)
      this.boundary()
      parent.entries.delete(name)
    },
    link: async (existing, newPath) => {
      this.alive()
      const node = this.file(existing)
      const { parent, name } = this.parentOf(newPath)
      if (parent.entries.has(name)) throw fail('EEXIST', newPath)
      this.boundary()
      parent.entries.set(name, node)
    },
    rm: async (path) => {
      this.alive()
      const found = this.tryParentOf(path)
      if (!found?.parent.entries.has(found.name)) return
      this.boundary()
      found.parent.entries.delete(found.name)
    },
    copyFile: async (from, to) => {
      this.alive()
      const source = this.file(from)
      const { parent, name } = this.parentOf(to)
      if (parent.entries.has(name)) throw fail('EEXIST', to)
      this.boundary()
      const copy = this.newFile()
      copy.data = Buffer.from(source.data)
      // As libuv's copy does: the copy takes the source's mode.
      copy.mode = source.mode
      parent.entries.set(name, copy)
    },
    // This disk has no symbolic links: every entry is a file or a folder.
    lstat: async (path) => {
      this.alive()
      const node = this.existing(path)
      return { kind: node.kind, mode: node.mode }
    },
    // Not a write boundary: a mode is metadata the power-loss checks do not look at.
    chmod: async (path, mode) => {
      this.alive()
      this.existing(path).mode = mode & 0o777
    }
  }

  private open(path: string, flags: OpenFlags, mode = FILE_MODE): StoreFileHandle {
    this.alive()
    const { parent, name } = this.parentOf(path)
    let node = parent.entries.get(name)
    if (flags === 'wx' && node) throw fail('EEXIST', path)
    if (!node) {
      if (flags === 'r' || flags === 'r+') throw fail('ENOENT', path)
      this.boundary()
      node = this.newFile()
      node.mode = mode
      parent.entries.set(name, node)
    } else if (flags === 'w') {
      if (node.kind === 'folder') throw fail('EISDIR', path)
      this.boundary()
      node.data = Buffer.alloc(0)
    }
    if (node.kind === 'folder' && flags !== 'r') throw fail('EISDIR', path)
    return this.handle(node, flags)
  }

  private handle(node: Node, flags: OpenFlags): StoreFileHandle {
    let position = 0
    let closed = false
    const usable = (): void => {
      this.alive()
      if (closed) throw fail('EBADF', 'closed handle')
    }
    const asFile = (): FileNode => {
      if (node.kind !== 'file') throw fail('EISDIR', 'folder handle')
      return node
    }
    const sync = async (): Promise<void> => {
      usable()
      this.boundary()
      if (node.kind === 'file') node.durable = Buffer.from(node.data)
      else node.durable = new Map(node.entries)
    }
    return {
      readFile: async () => {
        usable()
        return Buffer.from(asFile().data)
      },
      readAt: async (length, position) => {
        usable()
        return Buffer.from(asFile().data.subarray(position, position + length))
      },
      writeFile: async (data) => {
        usable()
        if (flags === 'r') throw fail('EBADF', 'read-only handle')
        const file = asFile()
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)
        this.boundary()
        const at = flags === 'a' || flags === 'a-durable' ? file.data.length : position
        file.data = Buffer.concat([file.data.subarray(0, at), bytes, file.data.subarray(at + bytes.length)])
        position = at + bytes.length
        file.mtimeMs = this.tick()
        // O_DSYNC: the write is durable before it returns, with no moment in between to lose it.
        if (flags === 'a-durable') file.durable = Buffer.from(file.data)
      },
      stat: async () => {
        usable()
        return this.statOf(node)
      },
      truncate: async (length) => {
        usable()
        const file = asFile()
        this.boundary()
        file.data = Buffer.concat([file.data.subarray(0, length), Buffer.alloc(Math.max(0, length - file.data.length))])
      },
      sync,
      datasync: sync,
      close: async () => {
        closed = true
      }
    }
  }

  private mkdir(path: string): string | undefined {
    this.alive()
    let at = this.root
    let first: string | undefined
    let walked = ''
    for (const name of parts(path)) {
      walked = `${walked}/${name}`
      let child = at.entries.get(name)
      if (!child) {
        this.boundary()
        child = this.folder()
        at.entries.set(name, child)
        first ??= walked
      }
      if (child.kind !== 'folder') throw fail('ENOTDIR', walked)
      at = child
    }
    return first
  }

  private rename(from: string, to: string): void {
    this.alive()
    const source = this.parentOf(from)
    const node = source.parent.entries.get(source.name)
    if (!node) throw fail('ENOENT', from)
    const target = this.parentOf(to)
    const replaced = target.parent.entries.get(target.name)
    if (replaced === node) return
    if (replaced?.kind === 'folder') {
      if (node.kind === 'file') throw fail('EISDIR', to)
      if (replaced.entries.size > 0) throw fail('ENOTEMPTY', to)
    }
    if (replaced?.kind === 'file' && node.kind === 'folder') throw fail('ENOTDIR', to)
    this.boundary()
    source.parent.entries.delete(source.name)
    target.parent.entries.set(target.name, node)
  }

  private alive(): void {
    if (this.cut) throw new PowerCut('the power is off')
  }

  // Every change passes here first: at the chosen boundary the power goes before the change.
  private boundary(): void {
    if (this.boundaries === this.crashAt) {
      this.cut = true
      throw new PowerCut(`power cut at write boundary ${this.crashAt}`)
    }
    this.boundaries += 1
  }

  private tick(): number {
    this.clock += 1
    return this.clock
  }

  private folder(): FolderNode {
    return {
      kind: 'folder',
      ino: this.nextIno++,
      entries: new Map(),
      durable: new Map(),
      mtimeMs: this.tick(),
      mode: FOLDER_MODE
    }
  }

  private newFile(): FileNode {
    return {
      kind: 'file',
      ino: this.nextIno++,
      data: Buffer.alloc(0),
      durable: Buffer.alloc(0),
      mtimeMs: this.tick(),
      mode: FILE_MODE
    }
  }

  private statOf(node: Node): StoreStats {
    return {
      size: node.kind === 'file' ? node.data.length : 0,
      ino: node.ino,
      mtimeMs: node.mtimeMs,
      isDirectory: node.kind === 'folder'
    }
  }

  private find(path: string): Node | undefined {
    let at: Node = this.root
    for (const name of parts(path)) {
      if (at.kind !== 'folder') return undefined
      const child: Node | undefined = at.entries.get(name)
      if (!child) return undefined
      at = child
    }
    return at
  }

  private existing(path: string): Node {
    const node = this.find(path)
    if (!node) throw fail('ENOENT', path)
    return node
  }

  private file(path: string): FileNode {
    const node = this.existing(path)
    if (node.kind !== 'file') throw fail('EISDIR', path)
    return node
  }

  private tryParentOf(path: string): { parent: FolderNode; name: string } | null {
    const parent = this.find(posix.dirname(path))
    if (parent?.kind !== 'folder') return null
    return { parent, name: posix.basename(path) }
  }

  private parentOf(path: string): { parent: FolderNode; name: string } {
    const found = this.tryParentOf(path)
    if (!found) throw fail('ENOENT', posix.dirname(path))
    return found
  }

  private maxIno(node: Node): bigint {
    let max = node.ino
    if (node.kind === 'folder') for (const child of node.entries.values()) max = maxOf(max, this.maxIno(child))
    return max
  }
}

function maxOf(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}

function parts(path: string): string[] {
  return path.split('/').filter(Boolean)
}
