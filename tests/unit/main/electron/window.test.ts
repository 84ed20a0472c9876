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
    const built = createMainWindow('/p.cjs', APP_ENTRY_URL)
    await built.loaded
    expect((built.window as unknown as FakeBrowserWindow).loaded).toEqual({ url: 'app://dossier/index.html' })
    const dev = createMainWindow('/p.cjs', 'http://localhost:5173')
    await dev.loaded
    expect((dev.window as unknown as FakeBrowserWindow).loaded).toEqual({ url: 'http://localhost:5173' })
  })
})
