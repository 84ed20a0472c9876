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
 * Creates the main window and loads the renderer into it: app://dossier/index.html once built
 * (see app-protocol.ts), the dev server's URL while developing.
 */
export async function createMainWindow(preloadPath: string, rendererUrl: string): Promise<BrowserWindow> {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  await window.loadURL(rendererUrl)
  return window
}
