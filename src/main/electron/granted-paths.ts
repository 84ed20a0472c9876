import { resolve } from 'node:path'
import type { OperationName } from '@shared/operations'

// The renderer is an untrusted page: it may only read or write files the user picked in a
// native dialog during this session. Otherwise a compromised page could ask the export to
// overwrite any file the user can write, or the import to read any file.

/** What an operation does with the files it names: write them (save dialog) or read them (open dialog). */
export type FileAccess = 'write' | 'read' | 'show'

/** The file paths an operation's input names, and what it does with them. */
export function pathsIn(name: OperationName, input: unknown): { access: FileAccess; paths: string[] } {
  const record = (input ?? {}) as Record<string, unknown>
  const one = typeof record['path'] === 'string' ? [record['path']] : []
  switch (name) {
    case 'export.brief':
    case 'export.package':
    case 'exchange.exportBundle':
      return { access: 'write', paths: one }
    case 'exchange.previewBundle':
      return { access: 'read', paths: one }
    case 'files.showInFolder':
      return { access: 'show', paths: one }
    case 'exchange.readWord': {
      const many = Array.isArray(record['paths']) ? (record['paths'] as unknown[]) : []
      return { access: 'read', paths: many.filter((path): path is string => typeof path === 'string') }
    }
    default:
      return { access: 'read', paths: [] }
  }
}

/**
 * Remembers what the dialogs returned: a file picked in a save dialog may be written, one picked
 * in an open dialog may only be read (an import must not become a way to overwrite the file it
 * came from), and either may be shown in the file manager.
 */
export class GrantedPaths {
  private readonly writable = new Set<string>()
  private readonly readable = new Set<string>()

  grant(paths: Iterable<string>, access: 'write' | 'read'): void {
    for (const path of paths) (access === 'write' ? this.writable : this.readable).add(resolve(path))
  }

  allows(access: FileAccess, paths: string[]): boolean {
    return paths.every((path) => {
      const resolved = resolve(path)
      if (access === 'write') return this.writable.has(resolved)
      if (access === 'read') return this.readable.has(resolved)
      return this.writable.has(resolved) || this.readable.has(resolved)
    })
  }
}
