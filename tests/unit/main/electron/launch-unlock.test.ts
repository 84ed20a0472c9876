import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OperationName } from '@shared/operations'
import { launch } from '../../../../src/main/electron/launch'
import { callAsWindow, pointLaunchAt } from './launch-env'
import { fakeApp, powerMonitor } from '../../electron-fake'

// The app as launch() wires it, with Electron faked: a first start asks for a passphrase before
// writing anything, and the screen locking or the computer sleeping locks the app, through the
// very channels the window uses.

const PASSPHRASE = 'maple river lantern quietly'
let dataDir: string
let restore: () => void

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-launch-unlock-'))
  restore = pointLaunchAt(dataDir)
})
afterEach(async () => {
  restore()
  await rm(dataDir, { recursive: true, force: true })
})

const call = (name: OperationName, input: unknown = {}) => callAsWindow(name, input)

describe('launch on a new data folder', () => {
  it('asks for a passphrase, sets the folder up encrypted, and locks when the screen locks or the computer sleeps', async () => {
    await launch()
    expect(await call('app.status')).toMatchObject({ ok: false, error: { code: 'needs-set-up' } })
    expect(await readdir(dataDir)).not.toContain('library')

    expect(await call('app.openDataFolder', { takeOver: false, passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { dataDir, encrypted: true }
    })
    expect((await call('library.list', { kind: 'partner' })).ok).toBe(true)
    const lock = await readFile(join(dataDir, 'dossier.lock'), 'utf8')

    // No window is waiting for the word (the fake has no page): the lock is immediate.
    powerMonitor.emit('lock-screen')
    await expect.poll(async () => (await call('library.list', { kind: 'partner' })).ok).toBe(false)
    expect(await call('library.list', { kind: 'partner' })).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('screen-locked') }
    })
    expect(await readFile(join(dataDir, 'dossier.lock'), 'utf8')).toBe(lock)

    expect((await call('app.openDataFolder', { takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
    powerMonitor.emit('suspend')
    await expect.poll(async () => (await call('app.status')).ok).toBe(false)
    expect(await call('app.status')).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('suspend') }
    })

    // Quitting while locked still gives the folder back.
    const quit = new Promise<void>((resolve) => fakeApp.quit.mockImplementationOnce(() => resolve()))
    fakeApp.emit('before-quit', { preventDefault: () => undefined })
    await quit
    await expect(readFile(join(dataDir, 'dossier.lock'))).rejects.toThrow()
  })
})
