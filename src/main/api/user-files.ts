import { randomUUID } from 'node:crypto'
import { ApiFailure } from '../core/failure'
import type { Host, OpenKind, SaveKind } from '../core/host'

// Every path to a user's file comes from the host inside the main process: the native dialog in
// the app, the arguments on the command line, a folder of the test's in tests. The window only
// ever asks "export this" or "open a bundle", so a compromised page can neither write over a
// file of its choosing nor read one; and it can have the file manager show only a file this
// session wrote, named by the id the export returned.

/** The most Word files one import reads, as the open dialog may return any number. */
export const MAX_WORD_FILES = 50

export interface UserFiles {
  /** Asks where to save (suggesting a name), writes there, and names the file for showInFolder; null when cancelled. */
  save<T extends { path: string }>(
    suggestedName: string,
    kind: SaveKind,
    write: (path: string) => Promise<T>
  ): Promise<(T & { fileId: string }) | null>
  /** Asks which files to read; none when cancelled. */
  open(kind: OpenKind, multiple: boolean): Promise<string[]>
  /** Shows a file this session wrote in the system's file manager. */
  show(fileId: string): void
  /** Opens a folder in the system's file manager (the caller decides which: the data folder). */
  showFolder(path: string): void
}

export function createUserFiles(host: Host): UserFiles {
  const written = new Map<string, string>()
  return {
    async save(suggestedName, kind, write) {
      const path = await host.chooseSavePath(suggestedName, kind)
      if (path === null) return null
      const file = await write(path)
      const fileId = randomUUID()
      written.set(fileId, file.path)
      return { ...file, fileId }
    },
    async open(kind, multiple) {
      const paths = await host.chooseOpenPaths(kind, multiple)
      if (!multiple && paths.length > 1) throw new ApiFailure('invalid-input', 'Choose one file at a time.')
      if (paths.length > MAX_WORD_FILES) {
        throw new ApiFailure(
          'invalid-input',
          `Choose at most ${MAX_WORD_FILES} files at a time; ${paths.length} were chosen.`
        )
      }
      return paths
    },
    show(fileId) {
      const path = written.get(fileId)
      if (path === undefined) {
        throw new ApiFailure(
          'not-found',
          'Dossier shows only files it saved since it started, and this is not one of them.'
        )
      }
      host.showInFolder(path)
    },
    showFolder(path) {
      host.openFolder(path)
    }
  }
}
