import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { acquireDataLock, releaseDataLock } from '../../../src/main/store/data-lock'
import { StoreError } from '../../../src/main/store/store-error'
import { cleanTempDirs, makeTempDir } from './helpers'

afterEach(cleanTempDirs)

describe('data folder lock', () => {
  it('lets the same process open its folder again, and releases it', async () => {
    const dir = await makeTempDir()
    await acquireDataLock(dir)
    await acquireDataLock(dir)
    expect(JSON.parse(await readFile(join(dir, 'dossier.lock'), 'utf8')).pid).toBe(process.pid)
    await releaseDataLock(dir)
    await expect(readFile(join(dir, 'dossier.lock'))).rejects.toThrow()
  })

  it('refuses a folder another running Dossier holds, naming it', async () => {
    const dir = await makeTempDir()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      await writeFile(join(dir, 'dossier.lock'), JSON.stringify({ pid: other.pid, host: hostname(), since: 'now' }))
      const refusal = await acquireDataLock(dir).catch((error: unknown) => error)
      expect(refusal).toBeInstanceOf(StoreError)
      expect((refusal as StoreError).code).toBe('data-in-use')
      expect((refusal as StoreError).message).toContain(String(other.pid))
    } finally {
      other.kill()
    }
  })

  it('takes over a lock left by a process that has ended', async () => {
    const dir = await makeTempDir()
    const ended = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => ended.on('exit', resolve))
    await writeFile(join(dir, 'dossier.lock'), JSON.stringify({ pid: ended.pid, host: hostname(), since: 'then' }))
    await acquireDataLock(dir)
    expect(JSON.parse(await readFile(join(dir, 'dossier.lock'), 'utf8')).pid).toBe(process.pid)
  })
})
