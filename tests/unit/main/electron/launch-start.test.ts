import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '@shared/result'
import { launch } from '../../../../src/main/electron/launch'
import { FakeBrowserWindow } from '../../electron-fake'
import { callAsWindow, pointLaunchAt } from './launch-env'

// launch() creates the window while the data folder opens: the page's first calls, made while it
// loads, must be taken as the window's and answered once the folder is open.

let dataDir: string
let restore: () => void

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-launch-start-'))
  restore = pointLaunchAt(dataDir)
})
afterEach(async () => {
  FakeBrowserWindow.whileLoading = null
  restore()
  await rm(dataDir, { recursive: true, force: true })
})

describe('launch', () => {
  it('answers the calls the window makes while it loads, once the folder is open', async () => {
    let answer: Result<unknown> | null = null
    FakeBrowserWindow.whileLoading = async (window) => {
      answer = await callAsWindow('app.status', {}, window)
    }
    await launch()
    // A new, empty folder waits for the passphrase it will be set up with: the folder's answer,
    // not a refusal of the window as a stranger.
    expect(answer).toMatchObject({ ok: false, error: { code: 'needs-set-up' } })
  })
})
