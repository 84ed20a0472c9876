import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Host } from '../core/host'

// On the command line, "where" is answered by the command's own arguments: the operation asks
// its host exactly as it asks the save and open dialogs in the app.

/** The command line's host; a command reading files one by one names the next with `willOpen`. */
export interface CommandLineHost extends Host {
  willOpen(paths: readonly string[]): void
}

/** A host whose save dialog answers --out (a folder: the suggested name in it) and whose open dialog answers the files named. */
export function commandLineHost({ out, open = [] }: { out?: string; open?: readonly string[] }): CommandLineHost {
  let opening = open
  return {
    willOpen: (paths) => {
      opening = paths
    },
    chooseSavePath: async (suggestedName) => {
      if (out === undefined) return null
      const target = resolve(out)
      return isFolder(target) ? join(target, suggestedName) : target
    },
    chooseOpenPaths: async () => opening.map((path) => resolve(path)),
    // The command line names no folder to watch: watching is the app's, at start and while it runs.
    chooseFolder: async () => null,
    showInFolder: () => undefined,
    openFolder: () => undefined
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
