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

/** Where the renderer comes from: the dev server while developing, the built file otherwise. */
export type RendererSource = { url: string } | { file: string }

/** Creates the main window and loads the renderer into it. */
export async function createMainWindow(preloadPath: string, source: RendererSource): Promise<BrowserWindow> {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  if ('url' in source) await window.loadURL(source.url)
  else await window.loadFile(source.file)
  return window
}
