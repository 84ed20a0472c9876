import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../../src/main/cli/main'

function capture(): Writable & { text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk))
      done()
    }
  })
  return Object.assign(stream, { text: () => chunks.join('') })
}

let dir: string
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = capture()
  const err = capture()
  const code = await runCli([...argv, '--data-dir', join(dir, 'data')], { out, err, root: process.cwd() })
  return { code, out: out.text(), err: err.text() }
}

async function passphraseFile(name: string, passphrase: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, `${passphrase}\n`)
  return path
}

async function snapshot(folder: string): Promise<Array<[string, string]>> {
  const files: Array<[string, string]> = []
  for (const name of (await readdir(folder, { recursive: true })).sort()) {
    if ((await stat(join(folder, name))).isFile())
      files.push([name, (await readFile(join(folder, name))).toString('base64')])
  }
  return files
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cli-crypt-'))
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

// Every open runs the real key derivation, so these take a few seconds.
describe('the command line on an encrypted data folder', { timeout: 60_000 }, () => {
  it('sets an empty folder up encrypted from a passphrase file, with nothing readable in it', async () => {
    vi.stubEnv('DOSSIER_PASSPHRASE_FILE', await passphraseFile('pass.txt', 'officer of the day, Ottawa'))
    const listed = await run('list', 'briefs')
    expect(listed.code).toBe(0)
    expect(listed.out).toContain('brief-mexico-asylum-capacity')

    const data = join(dir, 'data')
    for (const [name, base64] of await snapshot(data)) {
      const text = Buffer.from(base64, 'base64').toString('latin1')
      expect(text.includes('Seasonal Agricultural Worker Program'), `${name} holds library text`).toBe(false)
      expect(text.includes('"id":'), `${name} holds an id`).toBe(false)
    }
    const status = await run('data', 'status')
    expect(status.out).toContain('Encrypted: yes')
    expect(status.out).toContain('scrypt')
  })

  it('fails cleanly with a wrong passphrase or none, leaving the folder byte for byte', async () => {
    vi.stubEnv('DOSSIER_PASSPHRASE_FILE', await passphraseFile('pass.txt', 'officer of the day, Ottawa'))
    expect((await run('list', 'briefs')).code).toBe(0)
    const before = await snapshot(join(dir, 'data'))

    vi.stubEnv('DOSSIER_PASSPHRASE_FILE', await passphraseFile('wrong.txt', 'officer of the night, Gatineau'))
    const wrong = await run('list', 'briefs')
    expect(wrong).toMatchObject({ code: 1, out: '' })
    expect(wrong.err).toMatch(/^dossier: That passphrase does not open the data folder .* Nothing was changed\.\n$/)

    vi.stubEnv('DOSSIER_PASSPHRASE_FILE', '')
    const none = await run('list', 'briefs')
    expect(none.code).toBe(1)
    expect(none.err).toContain('is encrypted')
    // Nothing at all changed: not a data file, not the lock, not the log.
    expect(await snapshot(join(dir, 'data'))).toEqual(before)
  })

  it('encrypts a plain folder, then opens it with the new passphrase only after a change', async () => {
    expect((await run('list', 'briefs')).code).toBe(0)
    expect((await run('data', 'status')).out).toContain('Encrypted: no')
    vi.stubEnv('DOSSIER_PASSPHRASE_FILE', await passphraseFile('pass.txt', 'first passphrase of the office'))
    const encrypted = await run('data', 'encrypt')
    expect(encrypted).toMatchObject({ code: 0 })
    expect(encrypted.out).toContain('is now encrypted')
    expect((await run('list', 'partners')).out).toContain('partner-mexico')

    vi.stubEnv('DOSSIER_NEW_PASSPHRASE_FILE', await passphraseFile('new.txt', 'second passphrase of the office'))
    const changed = await run('data', 'change-passphrase')
    expect(changed.code).toBe(0)
    // The data key is wrapped anew, not replaced: the words say what an older key file still does.
    expect(changed.out).toContain('A copy of dossier.key made before the change')
    expect((await run('list', 'partners')).code).toBe(1)
    vi.stubEnv('DOSSIER_PASSPHRASE_FILE', join(dir, 'new.txt'))
    expect((await run('list', 'partners')).out).toContain('partner-mexico')
  })

  it('refuses an empty passphrase file in plain words', async () => {
    await writeFile(join(dir, 'empty.txt'), '')
    vi.stubEnv('DOSSIER_PASSPHRASE_FILE', join(dir, 'empty.txt'))
    const result = await run('list', 'briefs')
    expect(result.code).toBe(1)
    expect(result.err).toContain('is empty')
  })
})
