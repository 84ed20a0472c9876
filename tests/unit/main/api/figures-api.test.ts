import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Partner } from '@shared/entities'
import { createApi, briefTemplatesIn } from '../../../../src/main/api'
import type { ApiTable } from '../../../../src/main/api'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { openStore } from '../../../../src/main/store'
import type { DefaultLibrary } from '../../../../src/main/store'
import { TEST_FIGURES } from '../../shared/figure-data'
import { NOW, tempDataDir, testFileHost, value } from './test-api'
import type { TestFileHost } from './test-api'

// Figures through the api table, as the window and the command line reach them: saved and read
// back, refused with the field named, and exported with their chart drawn by the shipped font.

const RESOURCES = join(process.cwd(), 'resources')
let dataDir: { dir: string; remove: () => Promise<void> }
let api: ApiTable
let files: TestFileHost

beforeEach(async () => {
  dataDir = await tempDataDir()
  files = testFileHost()
  const store = await openStore({
    dataDir: dataDir.dir,
    loadDefaultLibrary: async () =>
      JSON.parse(await readFile(join(RESOURCES, 'default-library.json'), 'utf8')) as DefaultLibrary
  })
  const templates = briefTemplatesIn(RESOURCES)
  const chartFont = join(RESOURCES, 'fonts', 'Carlito-Regular.ttf')
  api = createApi({ store, log: createMemoryLogger(), templates, host: files, now: () => NOW, chartFont })
})
afterEach(() => dataDir.remove())

async function mexico(): Promise<Partner> {
  return value(await api['library.get']({ kind: 'partner', id: 'partner-mexico' })) as Partner
}

function draftOf(partner: Partner) {
  const { history: _history, version: _version, updatedAt: _at, updatedBy: _by, ...draft } = partner
  return draft
}

describe('figures through the api', () => {
  it('saves a partner with figures and reads them back', async () => {
    const before = await mexico()
    const saved = value(
      await api['library.save']({
        kind: 'partner',
        item: { ...draftOf(before), figures: TEST_FIGURES },
        expectedVersion: before.version
      })
    ) as Partner
    expect(saved.figures).toEqual(TEST_FIGURES)
    expect((await mexico()).figures).toEqual(TEST_FIGURES)
  })

  it('refuses a rate over 100, naming the field, and keeps the partner as it was', async () => {
    const before = await mexico()
    const [counts, rates] = TEST_FIGURES
    const bad = { ...rates!, points: [{ ...rates!.points[0]!, value: 120 }] }
    const result = await api['library.save']({
      kind: 'partner',
      item: { ...draftOf(before), figures: [counts!, bad] }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!result.ok) {
      expect(result.error.issues).toEqual([
        { path: 'item.figures.1.points.0.value', message: 'A percentage cannot be over 100.' }
      ])
    }
    expect((await mexico()).version).toBe(before.version)
  })

  it("exports a brief whose annexes took the partner's figures with a chart picture", async () => {
    const before = await mexico()
    const saved = value(
      await api['library.save']({ kind: 'partner', item: { ...draftOf(before), figures: TEST_FIGURES } })
    ) as Partner
    // The brief takes the profile's new version, as "Use the library's text" does.
    const brief = value(await api['briefs.get']({ id: 'brief-mexico-asylum-capacity' }))
    const sections = brief.sections.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.type === 'library' && item.itemId === 'partner-mexico' ? { ...item, placedVersion: saved.version } : item
      )
    }))
    value(await api['briefs.save']({ brief: { ...brief, sections } }))

    files.saveTo = join(dataDir.dir, 'figures.docx')
    value(await api['export.brief']({ briefId: brief.id, language: 'en' }))
    const entries = unzipSync(new Uint8Array(await readFile(files.saveTo)))
    const pictures = Object.keys(entries).filter((path) => path.startsWith('word/media/'))
    expect(pictures).toHaveLength(TEST_FIGURES.length)
    expect(new TextDecoder().decode(entries['word/document.xml'])).toContain('Study permits issued')
  })
})
