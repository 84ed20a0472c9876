import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { channelFor } from '@shared/operations'
import type { Result } from '@shared/result'
import { launch } from '../../../../src/main/electron/launch'
import { fakeApp, FakeBrowserWindow, ipcMain } from '../../electron-fake'

// launch() creates the window while the data folder opens: the page's first calls, made while it
// loads, must be taken as the window's and answered once the folder is open.

const DEV_URL = 'http://localhost:5173/'
let dataDir: string
let saved: { env: string | undefined; url: string | undefined }

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-launch-start-'))
  saved = { env: process.env['DOSSIER_DATA_DIR'], url: process.env['ELECTRON_RENDERER_URL'] }
  process.env['DOSSIER_DATA_DIR'] = dataDir
  process.env['ELECTRON_RENDERER_URL'] = DEV_URL
  ipcMain.handlers.clear()
  fakeApp.listeners.clear()
})
afterEach(async () => {
  FakeBrowserWindow.whileLoading = null
  if (saved.env === undefined) delete process.env['DOSSIER_DATA_DIR']
  else process.env['DOSSIER_DATA_DIR'] = saved.env
  if (saved.url === undefined) delete process.env['ELECTRON_RENDERER_URL']
  else process.env['ELECTRON_RENDERER_URL'] = saved.url
  await rm(dataDir, { recursive: true, force: true })
})

describe('launch', () => {
  it('answers the calls the window makes while it loads, once the folder is open', async () => {
    let answer: Result<unknown> | null = null
    FakeBrowserWindow.whileLoading = async (window) => {
      const event = { sender: { id: window.webContents.id }, senderFrame: { url: DEV_URL, parent: null } }
      const handler = ipcMain.handlers.get(channelFor('app.status'))
      answer = (await handler?.(event as unknown as IpcMainInvokeEvent, {})) as Result<unknown>
    }
    await launch()
    // A new, empty folder waits for the passphrase it will be set up with: the folder's answer,
    // not a refusal of the window as a stranger.
    expect(answer).toMatchObject({ ok: false, error: { code: 'needs-set-up' } })
  })
})
