import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { unzipSync } from 'fflate'
import { runCli } from '../../../../src/main/cli/main'
import { defaultDataDir } from '../../../../src/main/cli/default-data-dir'
import { openStore, releaseDataLock } from '../../../../src/main/store'

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

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cli-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('dossier command line', () => {
  it('lists partners, briefs and packages, and prints JSON for scripts', async () => {
    const partners = await run('list', 'partners')
    expect(partners.code).toBe(0)
    expect(partners.out).toContain('partner-mexico')
    const json = await run('list', 'briefs', '--json')
    expect(JSON.parse(json.out).map((brief: { id: string }) => brief.id)).toContain('brief-mexico-asylum-capacity')
    expect((await run('list', 'packages')).out).toBe('No packages.\n')
  })

  it('tells of a repair made at open on stderr, once, apart from the output', async () => {
    expect((await run('list', 'packages')).err).toBe('')
    await writeFile(join(dir, 'data', 'packages.json'), '{"schemaVersion":1,"ite')
    const repaired = await run('list', 'packages', '--json')
    expect(repaired.code).toBe(0)
    expect(JSON.parse(repaired.out)).toEqual([])
    expect(repaired.err).toMatch(
      /^Note: packages\.json was damaged, so Dossier restored it from the second copy .* Nothing was lost\./
    )
    expect((await run('list', 'packages')).err).toBe('')
  })

  it('explains misuse on stderr with exit code 2, and failures with exit code 1', async () => {
    const bogus = await run('list', 'spies')
    expect(bogus).toMatchObject({ code: 2, out: '' })
    expect(bogus.err).toContain('dossier list briefs|packages|partners')
    expect((await run('export', 'brief', 'brief-mexico-asylum-capacity')).err).toContain('--out')
    const badLanguage = await run(
      'export',
      'brief',
      'brief-mexico-asylum-capacity',
      '--out',
      join(dir, 'x.docx'),
      '--lang',
      'de'
    )
    expect(badLanguage).toMatchObject({ code: 2 })
    const missing = await run('export', 'brief', 'brief-atlantis', '--out', join(dir, 'x.docx'))
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('brief-atlantis')
  })

  it('has help for each command', async () => {
    for (const command of [[], ['list'], ['export', 'brief'], ['export', 'package']]) {
      const help = await run(...command, '--help')
      expect(help.code).toBe(0)
      expect(help.out).toMatch(/^Usage: dossier/)
    }
  })

  it('exports the embedded example briefs to Word files', async () => {
    for (const id of ['brief-mexico-asylum-capacity', 'brief-m5-senior-officials']) {
      const out = join(dir, `${id}.docx`)
      const result = await run('export', 'brief', id, '--out', out, '--lang', 'bilingual')
      expect(result.err).toBe('')
      expect(result.code).toBe(0)
      const files = unzipSync(new Uint8Array(await readFile(out)))
      expect(Object.keys(files)).toContain('word/document.xml')
      // Each example prints its plan of the meeting: Mexico its run of show, the M5 its agenda positions.
      const xml = new TextDecoder().decode(files['word/document.xml'])
      expect(xml).toContain(id.includes('mexico') ? 'Mot d’ouverture' : 'Position du Canada')
    }
  })

  it('exports the same document once the library is looked up by id instead of read in full', async () => {
    // The first run seeds the folder, the second reads every file and remembers it passed its
    // checks, the third finds the brief's items in those very bytes (store/item-lookup.ts).
    const documents: string[] = []
    for (const run_ of [1, 2, 3]) {
      const out = join(dir, `run-${run_}.docx`)
      const result = await run('export', 'brief', 'brief-mexico-asylum-capacity', '--out', out, '--lang', 'bilingual')
      expect(result).toMatchObject({ code: 0, err: '' })
      const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await readFile(out)))['word/document.xml'])
      // Bookmarks are numbered by a counter of the Word library's, which goes on across runs in one process.
      documents.push(xml.replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id=""'))
    }
    expect(documents[0]).toContain('Mot d’ouverture')
    expect(documents[2]).toBe(documents[0])
    expect(documents[1]).toBe(documents[0])
  })

  it('exports a brief’s pocket card in the brief’s own language unless told', async () => {
    const out = join(dir, 'card.docx')
    const result = await run('export', 'card', 'brief-mexico-asylum-capacity', '--out', out)
    expect(result.err).toBe('')
    expect(result.out).toContain('Wrote')
    const files = unzipSync(new Uint8Array(await readFile(out)))
    const xml = new TextDecoder().decode(files['word/document.xml'])
    // The sample brief is bilingual: the card is too, its lines side by side.
    expect(xml).toContain('Key messages')
    expect(xml).toContain('Messages clés')
    expect((await run('export', 'card', '--help')).out).toContain('pocket card')
  })

  it('lists records and exports one, with its commitments, in the record’s own language unless told', async () => {
    await run('list', 'briefs')
    const loadDefaultLibrary = () => Promise.reject(new Error('the folder should already hold its library'))
    const { createApi, briefTemplatesIn } = await import('../../../../src/main/api')
    const { createMemoryLogger } = await import('../../../../src/main/core/log')
    const store = await openStore({ dataDir: join(dir, 'data'), loadDefaultLibrary })
    let recordId: string
    try {
      const api = createApi({
        store,
        log: createMemoryLogger(),
        templates: briefTemplatesIn(join(process.cwd(), 'resources'))
      })
      const created = await api['records.createFromBrief']({ briefId: 'brief-mexico-asylum-capacity' })
      if (!created.ok) throw new Error(created.error.message)
      recordId = created.value.id
      const commitment = { side: 'canada', owner: 'IRCC', due: '2027-03-31', status: 'open', doneOn: '' } as const
      const saved = await api['records.save']({
        record: {
          ...created.value,
          commitments: [
            { ...commitment, id: 'c-1', text: { en: 'Send the training calendar', fr: 'Envoyer le calendrier' } },
            { ...commitment, id: 'c-2', text: { en: 'Host a technical visit', fr: 'Accueillir une visite technique' } }
          ]
        }
      })
      if (!saved.ok) throw new Error(saved.error.message)
    } finally {
      await store.flush()
      await releaseDataLock(join(dir, 'data'))
    }
    const listed = await run('list', 'records')
    expect(listed.out).toMatch(new RegExp(`${recordId}\\s+2027-02-17\\s+2\\s+Record of discussion`))
    const out = join(dir, 'record.docx')
    const result = await run('export', 'record', recordId, '--out', out, '--lang', 'fr')
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await readFile(out)))['word/document.xml'])
    expect(xml).toContain('Engagements')
    expect(xml).toContain('Accueillir une visite technique')
    expect(xml).not.toContain('Commitments')
    const unknown = await run('export', 'record', 'record-nope', '--out', join(dir, 'nope.docx'))
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('record-nope')
    expect((await run('export', 'record', '--help')).out).toContain('record of discussion')
  })

  it('refuses a brief with a must-fix problem (no objectives), naming it, and writes nothing', async () => {
    await run('list', 'briefs')
    const loadDefaultLibrary = () => Promise.reject(new Error('the folder should already hold its library'))
    const store = await openStore({ dataDir: join(dir, 'data'), loadDefaultLibrary })
    try {
      const brief = store.briefs.get('brief-mexico-asylum-capacity')
      if (!brief) throw new Error('the example brief is missing')
      await store.briefs.put({ ...brief, objectives: { en: '', fr: '' } })
      await store.flush()
    } finally {
      await releaseDataLock(join(dir, 'data'))
    }
    const out = join(dir, 'refused.docx')
    const refused = await run('export', 'brief', 'brief-mexico-asylum-capacity', '--out', out, '--lang', 'en')
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('objectives: no-objectives')
    expect(existsSync(out)).toBe(false)
  })

  it('names the file as the app would when --out is a folder', async () => {
    const folder = join(dir, 'binders')
    await mkdir(folder)
    const result = await run('export', 'brief', 'brief-mexico-asylum-capacity', '--out', folder, '--lang', 'fr')
    expect(result.code).toBe(0)
    const name =
      "2027-02-17 Mexique - Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière d'asile.docx"
    expect(await readdir(folder)).toEqual([name])
    expect(result.out).toBe(`Wrote ${join(folder, name)} (${(await stat(join(folder, name))).size} bytes)\n`)
  })

  it('exports a bundle and imports it elsewhere, with a dry run first and a clear refusal of a bad file', async () => {
    const bundle = join(dir, 'irritants.dossier')
    const exported = await run('bundle', 'export', '--out', bundle, '--kinds', 'irritant')
    expect(exported.code).toBe(0)
    expect(exported.out).toContain('5 irritant')

    const other = join(dir, 'mission')
    const importInto = async (...argv: string[]) => {
      const out = capture()
      const err = capture()
      const code = await runCli([...argv, '--data-dir', other], { out, err, root: process.cwd() })
      return { code, out: out.text(), err: err.text() }
    }
    const dry = await importInto('bundle', 'import', bundle, '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('Dry run: nothing was changed.')
    // This office has no publisher identity, so its bundle went unsigned: refused unless accepted.
    expect(exported.out).toContain('Not signed')
    const unsigned = await importInto('bundle', 'import', bundle)
    expect(unsigned.code).toBe(1)
    expect(unsigned.err).toContain('This bundle is not signed')
    expect(unsigned.err).toContain('--accept-unsigned')
    const applied = await importInto('bundle', 'import', bundle, '--accept-unsigned')
    expect(applied.out).toContain('Imported: 0 added, 0 updated, 5 kept')

    const bad = await importInto(
      'bundle',
      'import',
      join(process.cwd(), 'tests/fixtures/bad-inputs/absolute-path-entry.dossier')
    )
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('absolute path')
    expect((await importInto('bundle', 'import', bundle, '--conflicts', 'maybe')).code).toBe(2)
    // The file worker, run from sources here, compiles its TypeScript when it starts.
  }, 30_000)

  it('names what a path is when it is not a file, and says sizes in one unit', async () => {
    const folder = await run('bundle', 'import', dir, '--dry-run')
    expect(folder.code).toBe(1)
    expect(folder.err).toBe(
      `dossier: ${basename(dir)} cannot be used: ${dir} is a folder, not a file saved on a disk.\n`
    )
    if (existsSync('/dev/zero')) {
      expect((await run('bundle', 'import', '/dev/zero', '--dry-run')).err).toContain(
        '/dev/zero is a device, not a file saved on a disk.'
      )
    }
    const big = join(dir, 'big.dossier')
    await writeFile(big, Buffer.alloc(25_000_001))
    expect((await run('bundle', 'import', big, '--dry-run')).err).toBe(
      'dossier: big.dossier cannot be used: The file is 25 MB, larger than the 25 MB Dossier accepts.\n'
    )
    expect((await run('bundle', 'import', join(dir, 'nothing.dossier'))).err).toBe(
      `dossier: There is no file at ${join(dir, 'nothing.dossier')}.\n`
    )
  })

  it('uses the desktop app data folder by default', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/a/.config' })).toBe('/home/a/.config/Dossier')
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('Dossier')
  })
})

describe('dossier command line and the app on one data folder', () => {
  it('refuses to run while another Dossier holds the folder, and gives its own lock back', async () => {
    const { spawn } = await import('node:child_process')
    const { hostname } = await import('node:os')
    const { writeFile: write, mkdir: makeDir, readdir: list } = await import('node:fs/promises')
    const folder = join(dir, 'held')
    await makeDir(folder, { recursive: true })
    const app = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      await write(join(folder, 'dossier.lock'), JSON.stringify({ pid: app.pid, host: hostname(), since: 'now' }))
      const out = capture()
      const err = capture()
      // The refusal is one plain line: no log line and no stack trace echoed beside it.
      const echoed = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
      const code = await runCli(['list', 'partners', '--data-dir', folder], { out, err, root: process.cwd() })
      expect(echoed).not.toHaveBeenCalled()
      echoed.mockRestore()
      expect(code).toBe(1)
      expect(err.text()).toContain('Another Dossier')
      expect(err.text().trimEnd().split('\n')).toHaveLength(1)
      // The log keeps the details.
      expect(await readFile(join(folder, 'logs', 'dossier-cli.log'), 'utf8')).toContain('StoreError')
    } finally {
      app.kill()
    }
    const free = join(dir, 'free')
    await runCli(['list', 'partners', '--data-dir', free], { out: capture(), err: capture(), root: process.cwd() })
    expect(await list(free)).not.toContain('dossier.lock')
  })
})
