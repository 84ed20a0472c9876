import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/main'
import { openStore, releaseDataLock } from '../../../../src/main/store'
import { hashFolder } from '../../core/exchange/helpers'

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

async function drafts(): Promise<number> {
  // The command has already installed the library in this folder.
  const loadDefaultLibrary = () => Promise.reject(new Error('the folder should already hold its library'))
  const store = await openStore({ dataDir: join(dir, 'data'), readOnly: true, loadDefaultLibrary })
  const count = (['keyMessage', 'irritant', 'backgroundNote'] as const)
    .flatMap((kind) => store.library.list(kind))
    .filter((item) => item.status === 'draft').length
  await releaseDataLock(join(dir, 'data'))
  return count
}

// Anything a terminal would obey rather than show.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cli-word-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('dossier word import', () => {
  it("says a refusal of the data folder once, as the folder's, not as each file's", async () => {
    const brief = join(dir, 'mexico.docx')
    expect((await run('export', 'brief', 'brief-mexico-asylum-capacity', '--lang', 'en', '--out', brief)).code).toBe(0)
    const elsewhere = join(dir, 'elsewhere')
    await mkdir(elsewhere)
    await rm(join(dir, 'data', 'recovered'), { recursive: true, force: true })
    await symlink(elsewhere, join(dir, 'data', 'recovered'))

    const result = await run('word', 'import', brief, brief)
    expect(result.code).toBe(1)
    expect(result.out).not.toContain('not imported')
    expect(result.err).toContain('is a link to another place')
    expect(result.err.match(/is a link/g)).toHaveLength(1)
  })

  it('sorts a brief by its sections into drafts, writes nothing on a dry run, then adds them', async () => {
    const brief = join(dir, 'mexico.docx')
    expect((await run('export', 'brief', 'brief-mexico-asylum-capacity', '--lang', 'en', '--out', brief)).code).toBe(0)
    const before = await hashFolder(join(dir, 'data'))
    const draftsBefore = await drafts()

    const dry = await run('word', 'import', brief, '--dry-run')
    expect(dry).toMatchObject({ code: 0, err: '' })
    expect(dry.out).toMatch(
      /^mexico\.docx: \d+ paragraphs; found [1-9]\d* key messages, [1-9]\d* irritants, [1-9]\d* background notes/
    )
    expect(dry.out).toMatch(/would add key message: /)
    expect(dry.out).toMatch(/Dry run: 1 file\(s\) read, 0 with problems; nothing was written\.\n$/)
    expect(await hashFolder(join(dir, 'data'))).toEqual(before)

    const found = dry.out.match(/would add /g)?.length ?? 0
    const done = await run('word', 'import', brief)
    expect(done).toMatchObject({ code: 0, err: '' })
    expect(done.out.match(/^ {2}added (key message|irritant|background note) [a-z0-9-]+: /gm)).toHaveLength(found)
    expect(done.out).toContain(`${found} draft(s) added to the library.`)
    expect(await drafts()).toBe(draftsBefore + found)
  }, 60_000)

  it('names a file it cannot read with the reason, goes on with the others, and exits with 1', async () => {
    const brief = join(dir, 'mexico.docx')
    await run('export', 'brief', 'brief-mexico-asylum-capacity', '--lang', 'fr', '--out', brief)
    const bad = join(dir, 'notes.docx')
    await writeFile(bad, 'Just some text saved with the wrong name.')

    const result = await run('word', 'import', bad, brief)
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/^notes\.docx: not imported\nmexico\.docx: \d+ paragraphs; found /)
    expect(result.out).toMatch(/Word import: 2 file\(s\), 1 with problems; [1-9]\d* draft\(s\) added/)
    expect(result.err).toBe(
      'dossier: notes.docx cannot be used: This file is not a Word document (.docx): it is not a zip package. Open it in Word and save it as a Word Document (.docx).\n'
    )
  }, 60_000)

  it('takes every paragraph as one kind with --kind, and refuses a kind it does not know', async () => {
    const brief = join(dir, 'mexico.docx')
    await run('export', 'brief', 'brief-mexico-asylum-capacity', '--lang', 'en', '--out', brief)
    const all = await run('word', 'import', brief, '--dry-run', '--kind', 'backgroundNote')
    expect(all.out).toMatch(/found 0 key messages, 0 irritants, [1-9]\d* background notes\n/)
    expect((await run('word', 'import', brief, '--kind', 'partner')).code).toBe(2)
    expect((await run('word', 'import')).code).toBe(2)
  }, 60_000)
})

describe('text from a file is made safe before it is printed', () => {
  async function exportedBundle(): Promise<Record<string, Uint8Array>> {
    const path = join(dir, 'library.dossier')
    await run('bundle', 'export', '--out', path, '--kinds', 'irritant')
    return unzipSync(new Uint8Array(await readFile(path)))
  }

  it('strips escapes and overrides from a publisher named in a bundle', async () => {
    const entries = await exportedBundle()
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!))
    manifest.publisher = 'HQ\u001b]0;owned\u0007\u001b[2J\r\u009b31m\u202eexe.txt'
    const path = join(dir, 'publisher.dossier')
    await writeFile(path, zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }))

    const result = await run('bundle', 'import', path, '--dry-run')
    expect(result.code).toBe(0)
    expect(result.out).toContain('Bundle from HQ31mexe.txt, made ')
    expect(result.out).not.toMatch(CONTROL)
  })

  it('strips them from a zip entry named in a refusal', async () => {
    const entries = await exportedBundle()
    const path = join(dir, 'entry.dossier')
    // The first problem is said in the headline; the second names its entry.
    await writeFile(path, zipSync({ ...entries, 'notes.txt': strToU8('x'), 'read\u202egpj\u009b2J.exe': strToU8('y') }))

    const result = await run('bundle', 'import', path, '--dry-run')
    expect(result.code).toBe(1)
    expect(result.err).toContain(
      'zip entry "readgpj2J.exe": A Dossier bundle holds only manifest.json and content.json'
    )
    expect(result.err).not.toMatch(CONTROL)
  })
})
