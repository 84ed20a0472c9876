import { BrowserWindow } from 'electron'
import type { BrowserWindowConstructorOptions } from 'electron'

/** Window options: the renderer is an untrusted page with no Node and only the preload's client. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Dossier',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: true
    }
  }
}

/**
 * Creates the main window and starts loading the renderer into it: app://dossier/index.html once
 * built (see app-protocol.ts), the dev server's URL while developing. The window is returned at
 * once, not when the page has loaded: the page calls the api while it loads, and the IPC sender
 * check must know the window by then. `loaded` settles once the page has.
 */
export function createMainWindow(
  preloadPath: string,
  rendererUrl: string
): { window: BrowserWindow; loaded: Promise<void> } {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  return { window, loaded: window.loadURL(rendererUrl) }
}
