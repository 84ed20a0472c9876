// Data version 4 holds an irritant in a brief row by row. A version 3 brief's whole-text edit of
// the lines cannot be split back into lines without the library, so it must land, whole, in the
// context row's own copy (never lost), the lines following the library; lines the officer added
// for a group become rows that are in. The fixture in tests/fixtures/data-v3 holds one brief of
// each kind.
import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { resolveItem } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import { irritantRowsStep } from '../../../src/main/store/migrations/irritant-rows'
import { openStore, SCHEMA_VERSION } from '../../../src/main/store/index'
import { cleanTempDirs, makeTempDir, optionsFor, steppingClock } from './helpers'

afterEach(cleanTempDirs)

const FIXTURE = fileURLToPath(new URL('../../fixtures/data-v3', import.meta.url))

const irritant = (extra: Record<string, unknown> = {}) => ({
  type: 'library',
  id: 'item-sharing',
  kind: 'irritant',
  itemId: 'irritant-sharing',
  placedVersion: 1,
  override: null,
  ...extra
})

const briefFile = (items: unknown[]) => ({
  schemaVersion: 3,
  brief: { id: 'b', sections: [{ id: 's', kind: 'irritants', items }] }
})

const itemsOf = (upgraded: unknown) =>
  (upgraded as { brief: { sections: { items: unknown[] }[] } }).brief.sections[0]!.items

describe('upgrade 3 -> 4: irritants in a brief as rows', () => {
  it('moves a whole-text edit into the context row, the lines following the library', () => {
    const text = { en: 'Edited lines.\n\nMore.', fr: 'Lignes modifiées.\n\nEncore.' }
    expect(itemsOf(irritantRowsStep.migrate(briefFile([irritant({ override: text })])))).toEqual([
      irritant({ rows: { context: { override: text }, lines: [] } })
    ])
  })

  it('leaves an irritant without an edit following the library, with no rows', () => {
    expect(itemsOf(irritantRowsStep.migrate(briefFile([irritant()])))).toEqual([irritant()])
  })

  it('turns the lines added for a group into rows that are in the brief, once each', () => {
    const added = irritant({ addedLineIds: ['line-mirps', 'line-mirps', 'line-grf'] })
    expect(itemsOf(irritantRowsStep.migrate(briefFile([added])))).toEqual([
      irritant({
        rows: {
          context: { override: null },
          lines: [
            { lineId: 'line-mirps', included: true, override: null },
            { lineId: 'line-grf', included: true, override: null }
          ]
        }
      })
    ])
  })

  it('keeps other kinds’ edits and free text as they were; library and settings files are unchanged', () => {
    const message = { ...irritant({ override: { en: 'Mine.', fr: 'Le mien.' } }), kind: 'keyMessage', id: 'km' }
    const text = { type: 'text', id: 't', text: { en: 'Free.', fr: 'Libre.' } }
    expect(itemsOf(irritantRowsStep.migrate(briefFile([message, text])))).toEqual([message, text])
    const library = { schemaVersion: 3, items: [{ id: 'a', history: [] }] }
    expect(irritantRowsStep.migrate(library)).toBe(library)
  })

  it('opens a version 3 data folder with its three briefs read row by row, and writes them back at version 4', async () => {
    const dataDir = await makeTempDir()
    await cp(FIXTURE, dataDir, { recursive: true })
    const store = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    const lookup = ((kind, id) => store.library.get(kind, id)) as LibraryLookup
    const rowsOf = (briefId: string) => {
      const brief = store.briefs.get(briefId)!
      const item = brief.sections[0]!.items[0]!
      return resolveItem(item, lookup, brief.partnerIds).rows!
    }
    const lineIds = (briefId: string) => rowsOf(briefId).map((row) => [row.lineId, row.included, row.edited])

    expect(lineIds('b-plain')).toEqual([
      [null, true, false],
      ['line-responsibility-sharing-record', true, false],
      ['line-responsibility-sharing-pathways', true, false]
    ])
    expect(lineIds('b-added')).toEqual([
      [null, true, false],
      ['line-responsibility-sharing-record', true, false],
      ['line-responsibility-sharing-pathways', true, false],
      ['line-responsibility-sharing-mirps', true, false]
    ])
    // The officer's words are kept whole, as the context's own copy.
    const [context, ...lines] = rowsOf('b-override')
    expect(context).toMatchObject({
      edited: true,
      text: {
        en: 'We edited the lines.\n\nA second paragraph.',
        fr: 'Nous avons modifié les lignes.\n\nUn second paragraphe.'
      }
    })
    expect(lines.every((line) => !line.edited && line.included)).toBe(true)
    // A key message's edit in the same brief is untouched.
    expect(store.briefs.get('b-override')!.sections[0]!.items[1]).toMatchObject({
      override: { en: 'Our own message.', fr: 'Notre propre message.' }
    })

    const brief = store.briefs.get('b-added')!
    await store.briefs.put({ ...brief, title: { en: 'Talks', fr: 'Entretiens' } })
    const onDisk = JSON.parse(await readFile(join(dataDir, 'briefs', 'b-added.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(onDisk.brief.sections[0].items[0]).not.toHaveProperty('addedLineIds')
    const reopened = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    expect(reopened.briefs.get('b-added')!.sections[0]!.items[0]).toMatchObject({
      rows: { lines: [{ lineId: 'line-responsibility-sharing-mirps', included: true, override: null }] }
    })
  })
})
