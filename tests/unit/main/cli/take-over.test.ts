import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/main'

// A data folder on a shared drive, held by Dossier on another computer: the command refuses,
// says where the lock is and how to take over, and --take-over does take it.

function capture(): { stream: Writable; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk)
      done()
    }
  })
  return { stream, text: () => text }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-take-over-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('dossier --take-over', () => {
  it('refuses a folder held by another computer, then takes it when told to', async () => {
    const dataDir = join(dir, 'data')
    const lockPath = join(dataDir, 'dossier.lock')
    await mkdir(dataDir)
    await writeFile(lockPath, JSON.stringify({ pid: 777, host: 'other-workstation', token: 'theirs', since: 'then' }))
    const run = (...extra: string[]) => {
      const err = capture()
      const code = runCli(['list', 'partners', '--data-dir', dataDir, ...extra], {
        out: capture().stream,
        err: err.stream,
        root: process.cwd()
      })
      return code.then((exit) => ({ exit, err: err.text() }))
    }

    const refused = await run()
    expect(refused.exit).toBe(1)
    expect(refused.err).toContain('other-workstation')
    expect(refused.err).toContain(lockPath)
    expect(refused.err).toContain('--take-over')
    expect(JSON.parse(await readFile(lockPath, 'utf8')).token).toBe('theirs')

    const taken = await run('--take-over')
    expect(taken).toEqual({ exit: 0, err: '' })
    // The command gave the folder back at the end: no lock is left, not even the foreign one.
    await expect(readFile(lockPath)).rejects.toThrow()
    expect(hostname()).not.toBe('other-workstation')
  })
})
