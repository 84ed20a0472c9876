import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/main'
import { publicKeyFileText } from '../../../../src/main/core/exchange'
import { forgedBundles, HQ_TEST_KEY } from '../../../fixtures/forged-bundles'

// The trust flow on the command line: headquarters creates its identity and exports its public
// key, a mission trusts it after checking the fingerprint; signed bundles then go in, forged ones
// never do, and a refused import leaves the mission's data files byte for byte as they were.

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cli-signing-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function run(dataDir: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const chunks = { out: [] as string[], err: [] as string[] }
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk))
        done()
      }
    })
  const code = await runCli([...argv, '--data-dir', join(dir, dataDir)], {
    out: sink(chunks.out),
    err: sink(chunks.err),
    root: process.cwd()
  })
  return { code, out: chunks.out.join(''), err: chunks.err.join('') }
}

/** Every data file of a folder (logs aside: a refusal may be logged) with the SHA-256 of its bytes. */
async function dataFiles(name: string): Promise<Record<string, string>> {
  const root = join(dir, name)
  const out: Record<string, string> = {}
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    if (relative(root, path).startsWith('logs')) continue
    out[relative(root, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  }
  return out
}

const fingerprintIn = (text: string): string => /Fingerprint: ([0-9A-F ]+)/.exec(text)![1]!.trim()

describe('dossier keys and signed bundles', () => {
  it('headquarters signs, the mission trusts its key after checking the fingerprint, and the round trip applies fully', async () => {
    const created = await run('hq', 'keys', 'create', '--name', 'IRCC International Affairs, Ottawa')
    expect(created.code).toBe(0)
    const fingerprint = fingerprintIn(created.out)
    expect((await run('hq', 'keys', 'show')).out).toContain(fingerprint)
    const exported = await run('hq', 'keys', 'export', '--out', dir)
    expect(exported.out).toContain(join(dir, 'IRCC International Affairs, Ottawa.dossier-key'))
    const keyFile = join(dir, 'IRCC International Affairs, Ottawa.dossier-key')
    expect(await readFile(keyFile, 'utf8')).toContain(fingerprint)

    // A fingerprint read over the phone that does not match trusts nothing.
    const wrong = await run(
      'mission',
      'keys',
      'trust',
      keyFile,
      '--fingerprint',
      '0000 0000 0000 0000 0000 0000 0000 0000'
    )
    expect(wrong.code).toBe(1)
    expect(wrong.err).toContain('It was not trusted')
    expect((await run('mission', 'keys', 'list')).out).toContain('It trusts no other publisher yet.')
    const trusted = await run(
      'mission',
      'keys',
      'trust',
      keyFile,
      '--fingerprint',
      fingerprint.replace(/ /g, '-').toLowerCase()
    )
    expect(trusted.code).toBe(0)
    expect(trusted.out).toContain('the fingerprint matches')
    expect((await run('mission', 'keys', 'list')).out).toContain(`${fingerprint}  IRCC International Affairs, Ottawa`)

    const bundle = await run('hq', 'bundle', 'export', '--out', dir)
    expect(bundle.code).toBe(0)
    expect(bundle.out).toContain(`Signed by "IRCC International Affairs, Ottawa", fingerprint ${fingerprint}.`)
    const [name] = (await readdir(dir)).filter((file) => file.endsWith('.dossier'))
    expect(name).toMatch(/^dossier-library-\d{4}-\d{2}-\d{2}-(UNCLASSIFIED|PROTECTED-A|PROTECTED-B)\.dossier$/)

    // The mission's library starts empty of these items: remove its seeded library first by
    // importing into a folder that never had one is not possible, so compare what changed.
    const imported = await run('mission', 'bundle', 'import', join(dir, name!))
    expect(imported.code).toBe(0)
    expect(imported.out).toContain('a publisher this office trusts')
    expect(imported.out).toMatch(/Imported: \d+ added, \d+ updated, \d+ kept/)

    const untrusted = await run('mission', 'keys', 'untrust', ...fingerprint.split(' '))
    expect(untrusted.code).toBe(0)
    const refused = await run('mission', 'bundle', 'import', join(dir, name!))
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('a publisher this office does not trust')
  })

  it('sends only what the ceiling allows, names the file by its marking, and can leave history out', async () => {
    await run('hq', 'keys', 'create', '--name', 'HQ')
    const out = await run('hq', 'bundle', 'export', '--out', dir, '--ceiling', 'UNCLASSIFIED', '--no-history')
    expect(out.code).toBe(0)
    expect(out.out).toContain('Highest marking: UNCLASSIFIED.')
    expect(out.out).toContain('Earlier versions were left out.')
    expect((await readdir(dir)).some((file) => /-UNCLASSIFIED\.dossier$/.test(file))).toBe(true)
    expect((await run('hq', 'bundle', 'export', '--out', dir, '--ceiling', 'SECRET')).code).toBe(1)
  })

  describe('forged files, refused by dossier bundle import with the data files byte for byte unchanged', () => {
    it.each(forgedBundles.map((input) => input.name))('%s', async (name) => {
      await run('mission', 'list', 'partners')
      const keyFile = join(dir, 'hq.dossier-key')
      await writeFile(keyFile, publicKeyFileText(HQ_TEST_KEY))
      expect((await run('mission', 'keys', 'trust', keyFile)).code).toBe(0)
      const before = await dataFiles('mission')

      const result = await run('mission', 'bundle', 'import', join(process.cwd(), 'tests/fixtures/bad-inputs', name))

      expect(result.code).toBe(1)
      expect(result.err).toMatch(/changed after it was signed|signature is damaged|not signed|does not trust/)
      expect(result.err).not.toMatch(/details in|Error:|\bat \S+:\d+/)
      expect(await dataFiles('mission')).toEqual(before)
    })
  })
})
