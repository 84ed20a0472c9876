// Data version 2 gave library items a source. A folder written by a version 1 Dossier (the
import { DEFAULT_SETTINGS } from '@shared/entities'
// fixture in tests/fixtures/data-v1, journal included) must open with every item, and every
// earlier version, carrying an empty source, and be written back at version 2.
import { cp, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { emptySource } from '@shared/source'
import { addSources } from '../../../src/main/store/migrations/add-sources'
import { openStore, SCHEMA_VERSION } from '../../../src/main/store/index'
import { cleanTempDirs, makeTempDir, optionsFor, steppingClock } from './helpers'

afterEach(cleanTempDirs)

const FIXTURE = fileURLToPath(new URL('../../fixtures/data-v1', import.meta.url))

const chosenSource = {
  document: { en: 'Transition binder', fr: 'Cahier de transition' },
  section: { en: '', fr: '' },
  link: '',
  asOf: '2025-05',
  note: { en: '', fr: '' }
}

describe('upgrade 1 -> 2: sources', () => {
  it('gives library items and their earlier versions an empty source', () => {
    const upgraded = addSources.migrate({
      schemaVersion: 1,
      items: [{ id: 'a', status: 'approved', history: [{ id: 'a', version: 1 }] }]
    })
    expect(upgraded).toEqual({
      schemaVersion: 1,
      items: [
        {
          id: 'a',
          status: 'approved',
          source: emptySource(),
          history: [{ id: 'a', version: 1, source: emptySource() }]
        }
      ]
    })
  })

  it('keeps a source already there and leaves packages, briefs and settings alone', () => {
    const item = { id: 'a', source: chosenSource, history: [] }
    expect(addSources.migrate({ schemaVersion: 1, items: [item] })).toEqual({ schemaVersion: 1, items: [item] })
    const packages = { schemaVersion: 1, items: [{ id: 'trip', briefIds: [] }] }
    expect(addSources.migrate(packages)).toEqual(packages)
    const brief = { schemaVersion: 1, brief: { id: 'b-1', sections: [] } }
    expect(addSources.migrate(brief)).toEqual(brief)
    const settings = { schemaVersion: 1, settings: { uiLanguage: 'en', author: '' } }
    expect(addSources.migrate(settings)).toEqual(settings)
  })

  it('opens a version 1 data folder, journal included, and writes it back at version 2', async () => {
    const dataDir = await makeTempDir()
    await cp(FIXTURE, dataDir, { recursive: true })
    const store = await openStore(optionsFor(dataDir, { now: steppingClock() }))

    const mexico = store.library.get('partner', 'mexico')!
    expect(mexico.version).toBe(2)
    expect(mexico.source).toEqual(emptySource())
    expect(mexico.history.map((entry) => entry.source)).toEqual([emptySource()])
    // The journal's put, written at version 1 too, is upgraded the same way.
    expect(store.library.get('partner', 'guatemala')?.source).toEqual(emptySource())
    expect(store.library.get('keyMessage', 'km-pathways')?.source).toEqual(emptySource())
    expect(store.library.get('irritant', 'irritant-delays')?.source).toEqual(emptySource())
    expect(store.library.get('backgroundNote', 'bg-cooperation')?.source).toEqual(emptySource())
    // Nothing else changed: the brief, the package and the settings read as they were.
    expect(store.briefs.get('b-1')?.sections[0]?.items).toHaveLength(1)
    expect(store.packages.list().map((entry) => entry.briefIds)).toEqual([['b-1']])
    expect(store.settings.get()).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'fr',
      author: 'J. Tremblay',
      defaultBriefLanguage: 'fr'
    })

    // A save now writes version 2 data, and an item's source is kept.
    await store.library.put('partner', { ...mexico, source: chosenSource })
    const reopened = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    expect(reopened.library.get('partner', 'mexico')?.source).toEqual(chosenSource)
    const onDisk = JSON.parse(await readFile(join(dataDir, 'library', 'partners.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)

    // The version 1 file is kept, as it was, in the backup taken before the upgrade.
    const [first] = (await readdir(join(dataDir, 'backups'))).sort()
    const kept = JSON.parse(await readFile(join(dataDir, 'backups', first!, 'library', 'partners.json'), 'utf8'))
    expect(kept.schemaVersion).toBe(1)
    expect(kept.items[0]).not.toHaveProperty('source')
  })
})
