/**
 * What the api needs from the program around it that is not data: a save dialog and a file
 * manager. Electron supplies native ones; the command line and the tests supply their own.
 */
export interface Host {
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath(suggestedName: string, kind: 'docx' | 'zip' | 'dossier'): Promise<string | null>
  /** Asks which file(s) to open; an empty list when the user cancels. */
  chooseOpenPaths(kind: 'dossier' | 'docx', multiple: boolean): Promise<string[]>
  /** Shows the file in the system's file manager. */
  showInFolder(path: string): void
}

/** A host without windows: nothing to ask and nothing to show (command line, plain tests). */
export const headlessHost: Host = {
  chooseSavePath: async () => null,
  chooseOpenPaths: async () => [],
  showInFolder: () => undefined
}
