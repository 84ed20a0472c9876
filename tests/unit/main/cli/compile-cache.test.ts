import { chmod, mkdir, mkdtemp, rm, stat, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enablePrivateCompileCache } from '../../../../bin/compile-cache.mjs'
import { dossierCacheDir } from '../../../../src/main/store/account-cache.mjs'
import { defaultChecksDir } from '../../../../src/main/store/content-checks'

// The command's compiled code is kept only where no other account can put code for it to run.

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) {
    await chmod(dir, 0o700).catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  }
})

async function cacheRoot(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-compile-cache-'))
  made.push(dir)
  return join(dir, 'cache')
}

// Folder modes and owners are Unix's; Windows keeps local application data to its account.
const unix = it.skipIf(process.platform === 'win32')

describe("the command's compile cache", () => {
  it('is kept in the folder the checks use, on every system', () => {
    const envs: NodeJS.ProcessEnv[] = [
      {},
      { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', XDG_CACHE_HOME: '/home/ana/.cache-elsewhere' },
      { DOSSIER_CHECKED_CACHE: '/srv/dossier-cache' }
    ]
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      for (const env of envs) expect(dossierCacheDir(platform, env)).toBe(defaultChecksDir(platform, env))
    }
  })

  unix('is turned on in a folder made for this account only', async () => {
    const root = await cacheRoot()
    const enable = vi.fn()
    const dir = enablePrivateCompileCache('linux', { DOSSIER_CHECKED_CACHE: root }, enable)
    expect(dir).toBe(join(root, 'compiled'))
    expect(enable).toHaveBeenCalledWith(join(root, 'compiled'))
    expect((await stat(join(root, 'compiled'))).mode & 0o077).toBe(0)
  })

  unix('stays off where another account could write', async () => {
    const root = await cacheRoot()
    await mkdir(root, { recursive: true })
    await chmod(root, 0o777)
    const enable = vi.fn()
    expect(enablePrivateCompileCache('linux', { DOSSIER_CHECKED_CACHE: root }, enable)).toBeNull()
    await chmod(root, 0o700)
    await mkdir(join(root, 'compiled'), { recursive: true })
    await chmod(join(root, 'compiled'), 0o722)
    expect(enablePrivateCompileCache('linux', { DOSSIER_CHECKED_CACHE: root }, enable)).toBeNull()
    expect(enable).not.toHaveBeenCalled()
  })

  unix('stays off when its folder is a link to somewhere else', async () => {
    const root = await cacheRoot()
    const elsewhere = await mkdtemp(join(tmpdir(), 'dossier-elsewhere-'))
    made.push(elsewhere)
    await mkdir(root, { recursive: true })
    await symlink(elsewhere, join(root, 'compiled'))
    const enable = vi.fn()
    expect(enablePrivateCompileCache('linux', { DOSSIER_CHECKED_CACHE: root }, enable)).toBeNull()
    expect(enable).not.toHaveBeenCalled()
  })

  it("leaves Node's own choice alone: turned off, or placed by NODE_COMPILE_CACHE", async () => {
    const root = await cacheRoot()
    const enable = vi.fn()
    expect(
      enablePrivateCompileCache('linux', { DOSSIER_CHECKED_CACHE: root, NODE_DISABLE_COMPILE_CACHE: '1' }, enable)
    ).toBeNull()
    expect(
      enablePrivateCompileCache('linux', { DOSSIER_CHECKED_CACHE: root, NODE_COMPILE_CACHE: '/x' }, enable)
    ).toBeNull()
    expect(enable).not.toHaveBeenCalled()
  })
})
