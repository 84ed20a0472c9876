import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL } from '../../../../src/main/electron/app-protocol'
import { createMainWindow, mainWindowOptions } from '../../../../src/main/electron/window'
import type { FakeBrowserWindow } from '../../electron-fake'

describe('main window', () => {
  it('isolates the renderer: context isolation and sandbox on, Node and webviews off', () => {
    const prefs = mainWindowOptions('/app/preload/index.cjs').webPreferences
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false
    })
  })

  it('loads the built renderer from app://, or the dev server URL while developing', async () => {
    const built = (await createMainWindow('/p.cjs', APP_ENTRY_URL)) as unknown as FakeBrowserWindow
    expect(built.loaded).toEqual({ url: 'app://dossier/index.html' })
    const dev = (await createMainWindow('/p.cjs', 'http://localhost:5173')) as unknown as FakeBrowserWindow
    expect(dev.loaded).toEqual({ url: 'http://localhost:5173' })
  })
})
