/** The kinds of user files Dossier writes and reads; each has its extension and dialog filter. */
export type SaveKind = 'docx' | 'zip' | 'dossier' | 'dossier-key'
export type OpenKind = 'dossier' | 'docx' | 'dossier-key'

/**
 * What the api needs from the program around it that is not data: a save dialog and a file
 * manager. Electron supplies native ones; the command line and the tests supply their own.
 */
export interface Host {
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath(suggestedName: string, kind: SaveKind): Promise<string | null>
  /** Asks which file(s) to open; an empty list when the user cancels. */
  chooseOpenPaths(kind: OpenKind, multiple: boolean): Promise<string[]>
  /** Asks which folder to use (a folder to watch for bundles); null when the user cancels. */
  chooseFolder(): Promise<string | null>
  /** Shows the file in the system's file manager. */
  showInFolder(path: string): void
  /** Opens a folder (the data folder) in the system's file manager. */
  openFolder(path: string): void
}

/** A host without windows: nothing to ask and nothing to show (command line, plain tests). */
export const headlessHost: Host = {
  chooseSavePath: async () => null,
  chooseOpenPaths: async () => [],
  chooseFolder: async () => null,
  showInFolder: () => undefined,
  openFolder: () => undefined
}
