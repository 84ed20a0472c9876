import { resolve } from 'node:path'
import type { OperationName } from '@shared/operations'

// The renderer is an untrusted page: it may only read or write files the user picked in a
// native dialog during this session. Otherwise a compromised page could ask the export to
// overwrite any file the user can write, or the import to read any file.

/** The file paths an operation's input names, for the operations that touch files. */
export function pathsIn(name: OperationName, input: unknown): string[] {
  const record = (input ?? {}) as Record<string, unknown>
  switch (name) {
    case 'export.brief':
    case 'export.package':
    case 'exchange.exportBundle':
    case 'exchange.previewBundle':
    case 'files.showInFolder':
      return typeof record['path'] === 'string' ? [record['path']] : []
    case 'exchange.readWord':
      return Array.isArray(record['paths'])
        ? record['paths'].filter((path): path is string => typeof path === 'string')
        : []
    default:
      return []
  }
}

/** Remembers what the dialogs returned and answers whether a path is among them. */
export class GrantedPaths {
  private readonly granted = new Set<string>()

  grant(paths: Iterable<string>): void {
    for (const path of paths) this.granted.add(resolve(path))
  }

  allows(paths: string[]): boolean {
    return paths.every((path) => this.granted.has(resolve(path)))
  }
}
