import { describe, expect, it } from 'vitest'
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

  it('loads the built renderer file, or the dev server URL while developing', async () => {
    const built = (await createMainWindow('/p.cjs', {
      file: '/app/renderer/index.html'
    })) as unknown as FakeBrowserWindow
    expect(built.loaded).toEqual({ file: '/app/renderer/index.html' })
    const dev = (await createMainWindow('/p.cjs', { url: 'http://localhost:5173' })) as unknown as FakeBrowserWindow
    expect(dev.loaded).toEqual({ url: 'http://localhost:5173' })
  })
})
