import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelFor, OPERATION_NAMES } from '@shared/operations'
import type { ApiTable } from '../../../../src/main/api'
import { createAppUrlCheck } from '../../../../src/main/electron/app-origin'
import { bindApi, createSenderCheck } from '../../../../src/main/electron/ipc'
import { ipcMain } from '../../electron-fake'

const isAppUrl = createAppUrlCheck()

function event(senderId: number, url: string, parent: object | null = null): IpcMainInvokeEvent {
  return { sender: { id: senderId }, senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent
}

describe('IPC sender check', () => {
  const check = createSenderCheck(() => 7, isAppUrl)

  it('accepts our window top frame showing app content', () => {
    expect(check(event(7, 'app://dossier/index.html'))).toBe(true)
  })

  it('refuses another window, a subframe, or foreign content', () => {
    expect(check(event(8, 'app://dossier/index.html'))).toBe(false)
    expect(check(event(7, 'app://dossier/index.html', {}))).toBe(false)
    expect(check(event(7, 'https://example.com/'))).toBe(false)
    expect(check(event(7, 'file:///app/renderer/index.html'))).toBe(false)
  })

  it('refuses everything before the window exists', () => {
    expect(createSenderCheck(() => undefined, isAppUrl)(event(7, 'app://dossier/index.html'))).toBe(false)
  })
})

describe('IPC binding', () => {
  beforeEach(() => ipcMain.handlers.clear())

  it('registers one handler per operation that forwards trusted calls to the api table', async () => {
    const status = vi.fn(async () => ({ ok: true as const, value: { dataDir: '/d', notices: [], encrypted: false } }))
    const api = Object.fromEntries(OPERATION_NAMES.map((name) => [name, vi.fn()])) as unknown as ApiTable
    api['app.status'] = status
    bindApi(ipcMain as unknown as IpcMain, api, () => true)

    expect([...ipcMain.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort())
    const handler = ipcMain.handlers.get(channelFor('app.status'))
    await expect(handler?.(event(1, 'x'), {})).resolves.toEqual({
      ok: true,
      value: { dataDir: '/d', notices: [], encrypted: false }
    })
    expect(status).toHaveBeenCalledWith({})
  })

  it('answers an untrusted sender with forbidden-sender and never calls the api', async () => {
    const list = vi.fn()
    const api = Object.fromEntries(OPERATION_NAMES.map((name) => [name, list])) as unknown as ApiTable
    bindApi(ipcMain as unknown as IpcMain, api, () => false)
    const result = await ipcMain.handlers.get(channelFor('library.list'))?.(event(1, 'x'), { kind: 'partner' })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(list).not.toHaveBeenCalled()
  })
})
