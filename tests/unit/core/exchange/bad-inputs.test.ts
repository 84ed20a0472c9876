import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  applyImport,
  draftsFromParagraphs,
  previewImport,
  readBundle,
  readWordParagraphs
} from '../../../../src/main/core/exchange'
import type { ImportProblem, InflateStats } from '../../../../src/main/core/exchange'
import type { Store } from '../../../../src/main/store/index'
import { ApiFailure } from '../../../../src/main/core/failure'
import { BAD_INPUTS_DIR, badInputs } from '../../../fixtures/make-bad-inputs'
import { FORGED_IRRITANT_ID, forgedBundles, HQ_TEST_KEY } from '../../../fixtures/forged-bundles'
import { irritant, keyMessage, partner } from '../../store/helpers'
import { cleanTempDirs, freshStore, hashFolder, tinyDefaultLibrary } from './helpers'

const corpus = badInputs.map((input) => input.name).sort()

let store: Store
let dataDir: string

beforeAll(async () => {
  ;({ store, dataDir } = await freshStore(tinyDefaultLibrary()))
  await store.library.put('keyMessage', { ...keyMessage('km-visa'), version: 2, history: [keyMessage('km-visa')] })
  await store.library.put('partner', partner('partner-mexico', 'Mexico'))
  // A mission that trusts headquarters' key and holds the irritant forgers want to lower.
  await store.library.put('irritant', { ...irritant(FORGED_IRRITANT_ID), marking: 'PROTECTED A' })
  const { name, publicKey } = HQ_TEST_KEY
  await store.signingKeys.update((keys) => ({
    ...keys,
    trusted: [{ name, publicKey, trustedAt: '2026-01-11T09:00:00.000Z' }]
  }))
})
afterAll(cleanTempDirs)

/** What the app does with a file it is given: read it, and only if that succeeds, preview and apply. */
async function attemptImport(name: string, bytes: Uint8Array): Promise<ImportProblem[]> {
  if (name.endsWith('.docx')) {
    const read = await readWordParagraphs(bytes)
    if (!read.ok) return read.problems
    const drafts = draftsFromParagraphs(
      read.paragraphs.map((paragraph) => ({
        text: paragraph.text,
        kind: 'keyMessage' as const,
        language: 'en' as const
      })),
      new Date(),
      'Tester'
    )
    if (drafts.ok) for (const draft of drafts.drafts) await store.library.put(draft.kind, draft.item as never)
    return []
  }
  const read = readBundle(bytes)
  if (!read.ok) return read.problems
  const preview = previewImport(store, read.bundle)
  const mine = Object.fromEntries(preview.entries.map((entry) => [`${entry.kind}:${entry.id}`, 'mine' as const]))
  try {
    // As the app applies it before anyone confirms anything: no consent to an untrusted file.
    await applyImport(store, preview, mine, new Date(), 'Tester')
  } catch (error) {
    if (error instanceof ApiFailure) return [{ where: 'the file', message: error.message }]
    throw error
  }
  return []
}

// Words a person can act on: a sentence, not a stack trace, a type dump or a placeholder.
function expectPlainWords(problem: ImportProblem): void {
  expect(problem.where.trim()).not.toBe('')
  expect(problem.message).toMatch(/^["A-Z]/)
  expect(problem.message).toMatch(/[.)]$/)
  expect(problem.message.length).toBeGreaterThan(20)
  expect(problem.message).not.toMatch(/undefined|\[object|ZodError|Error:|\bat \S+:\d+|\n|expected \w+, received/i)
  expect(problem.message).not.toMatch(/\bNaN\b/)
}

describe('the bad-input corpus', () => {
  it('holds at least 50 files, under 2 MB in all, exactly those the generator makes, byte for byte', async () => {
    const onDisk = (await readdir(BAD_INPUTS_DIR)).filter((name) => name !== 'INDEX.md').sort()
    expect(onDisk).toEqual(corpus)
    expect(corpus.length).toBeGreaterThanOrEqual(50)
    let total = 0
    for (const name of onDisk) total += (await stat(join(BAD_INPUTS_DIR, name))).size
    expect(total).toBeLessThan(2 * 1024 * 1024)
    for (const input of badInputs) {
      expect(Buffer.from(input.make()).equals(await readFile(join(BAD_INPUTS_DIR, input.name))), input.name).toBe(true)
    }
    const index = await readFile(join(BAD_INPUTS_DIR, 'INDEX.md'), 'utf8')
    for (const name of corpus) expect(index).toContain(`| ${name} |`)
  })

  it.each(corpus)('refuses %s in plain words and leaves the data folder byte-for-byte unchanged', async (name) => {
    const bytes = new Uint8Array(await readFile(join(BAD_INPUTS_DIR, name)))
    const before = await hashFolder(dataDir)
    const libraryBefore = store.library.list('keyMessage')

    const problems = await attemptImport(name, bytes)

    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) expectPlainWords(problem)
    expect(await hashFolder(dataDir)).toEqual(before)
    expect(store.library.list('keyMessage')).toEqual(libraryBefore)
  })
})

describe('forged signed bundles', () => {
  const reasons: Record<string, RegExp> = {
    'forged-marking-lowered-resigned-checksum.dossier': /changed after it was signed/,
    'forged-marking-lowered-signature-removed.dossier': /This bundle is not signed/,
    'valid-checksum-no-signature.dossier': /This bundle is not signed/,
    'signed-by-untrusted-key.dossier': /a publisher this office does not trust/,
    'byte-changed-after-signing.dossier': /changed after it was signed/,
    'zip-date-changed-after-signing.dossier': /changed after it was signed/,
    'signer-name-changed-after-signing.dossier': /changed after it was signed|signature is damaged/
  }

  it('covers every forgery in the corpus', () => {
    expect(Object.keys(reasons).sort()).toEqual(forgedBundles.map((input) => input.name).sort())
  })

  it.each(Object.entries(reasons))('refuses %s for what it is', async (name, reason) => {
    const bytes = new Uint8Array(await readFile(join(BAD_INPUTS_DIR, name)))
    const problems = await attemptImport(name, bytes)
    expect(problems.map((problem) => problem.message).join(' ')).toMatch(reason)
  })
})

describe('histories', () => {
  it("refuses a bundle whose history smuggles in another item's id, naming the version and both ids", async () => {
    const bytes = new Uint8Array(await readFile(join(BAD_INPUTS_DIR, 'item-history-other-id.dossier')))
    const result = readBundle(bytes)
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          where: 'keyMessages[0] (km-visa): history',
          message: expect.stringMatching(/history\[0\] carries the id km-other, not the item's own id km-visa/)
        }
      ]
    })
  })
})

describe('decompression bombs', () => {
  const bomb = () =>
    readFile(join(BAD_INPUTS_DIR, 'decompression-bomb-1gib-zeros.dossier')).then((b) => new Uint8Array(b))

  /** The same bomb, its table of contents lowered to declare 2 KB for content.json. */
  function lyingAbout(bytes: Uint8Array, declared: number): Uint8Array {
    const copy = bytes.slice()
    const view = new DataView(copy.buffer)
    for (let at = copy.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) !== 0x02014b50) continue
      const nameLength = view.getUint16(at + 28, true)
      if (new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength)) === 'content.json') {
        view.setUint32(at + 24, declared, true)
        return copy
      }
    }
    throw new Error('no content.json entry')
  }

  it('refuses a bomb that declares its size from the declared size alone, unpacking nothing', async () => {
    const stats: InflateStats = { inflatedBytes: 0 }
    const result = readBundle(await bomb(), {}, stats)
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('decompression bomb') }] })
    expect(stats.inflatedBytes).toBe(0)
  })

  it('stops a 1 GiB bomb that lies about its size a few megabytes in, never unpacking it', async () => {
    const stats: InflateStats = { inflatedBytes: 0 }
    const result = readBundle(lyingAbout(await bomb(), 2048), {}, stats)
    expect(result).toMatchObject({
      ok: false,
      problems: [{ where: 'content.json', message: expect.stringContaining('unpacking was stopped') }]
    })
    // One step of unpacking past the cap at most (8 KB in, about 8 MB out), never the gigabyte.
    expect(stats.inflatedBytes).toBeGreaterThan(2048)
    expect(stats.inflatedBytes).toBeLessThan(16 * 1024 * 1024)
  })

  it('stops a bomb inside a Word document before mammoth sees it', async () => {
    const stats: InflateStats = { inflatedBytes: 0 }
    const bytes = new Uint8Array(await readFile(join(BAD_INPUTS_DIR, 'docx-decompression-bomb.docx')))
    const result = await readWordParagraphs(bytes, {}, stats)
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('unpacking was stopped') }]
    })
    expect(stats.inflatedBytes).toBeLessThan(16 * 1024 * 1024)
  })
})
