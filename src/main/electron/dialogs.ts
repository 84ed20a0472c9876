import { homedir } from 'node:os'
import { join } from 'node:path'
import { dialog, shell } from 'electron'
import type { BrowserWindow, FileFilter } from 'electron'
import type { Host, SaveKind } from '../core/host'

const FILTERS: Record<SaveKind, FileFilter> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  zip: { name: 'Zip archive', extensions: ['zip'] },
  dossier: { name: 'Dossier library bundle', extensions: ['dossier'] },
  'dossier-key': { name: 'Dossier public key', extensions: ['dossier-key'] }
}

/** The native save dialog (sheet on macOS, attached to our window) and the system file manager. */
export function createElectronHost(getWindow: () => BrowserWindow | null, documentsDir: string = homedir()): Host {
  return {
    async chooseSavePath(suggestedName, kind) {
      const window = getWindow()
      const options = { defaultPath: join(documentsDir, suggestedName), filters: [FILTERS[kind]] }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      return result.filePath
    },
    async chooseOpenPaths(kind, multiple) {
      const window = getWindow()
      const properties: ('openFile' | 'multiSelections')[] = multiple ? ['openFile', 'multiSelections'] : ['openFile']
      const options = { defaultPath: documentsDir, filters: [FILTERS[kind]], properties }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      if (result.canceled) return []
      return result.filePaths
    },
    async chooseFolder() {
      const window = getWindow()
      const options = { defaultPath: documentsDir, properties: ['openDirectory' as const] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    showInFolder(path) {
      shell.showItemInFolder(path)
    },
    openFolder(path) {
      // A failure comes back as a message, not an exception: the folder's path is in Settings to copy.
      void shell.openPath(path)
    }
  }
}
