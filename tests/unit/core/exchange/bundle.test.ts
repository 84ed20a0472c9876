import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { emptySource } from '@shared/source'
import type { DefaultLibrary } from '../../../../src/main/store/index'
import { highestMarking } from '@shared/markings'
import { alignText, textState } from '@shared/translation'
import { applyImport, exportBundle, previewImport, readBundle } from '../../../../src/main/core/exchange'
import type { Bundle } from '../../../../src/main/core/exchange'
import { backgroundNote, irritant, keyMessage, partner } from '../../store/helpers'
import { cleanTempDirs, edited, freshStore, hashFolder, libraryOf } from './helpers'

// These bundles are unsigned (what is tested here is how they merge), which an import takes only
// when told to.
const UNSIGNED = { unsigned: true }

afterEach(cleanTempDirs)

const NOW = new Date('2026-11-26T14:00:00.000Z')

async function defaultLibrary(): Promise<DefaultLibrary> {
  return JSON.parse(await readFile(join(process.cwd(), 'resources', 'default-library.json'), 'utf8')) as DefaultLibrary
}

function read(bytes: Uint8Array): Bundle {
  const result = readBundle(bytes)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'))
  return result.bundle
}

describe('bundle export', () => {
  it('writes exactly a manifest and the content, with counts and the checksum of the content bytes', async () => {
    const { store } = await freshStore(await defaultLibrary())

    const bytes = exportBundle(store, {}, 'IRCC Headquarters', NOW)

    const entries = unzipSync(bytes)
    expect(Object.keys(entries).sort()).toEqual(['content.json', 'manifest.json'])
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!))
    expect(manifest).toEqual({
      format: 'dossier-bundle',
      formatVersion: 3,
      createdAt: NOW.toISOString(),
      publisher: 'IRCC Headquarters',
      counts: {
        partner: store.library.list('partner').length,
        keyMessage: store.library.list('keyMessage').length,
        irritant: store.library.list('irritant').length,
        backgroundNote: store.library.list('backgroundNote').length
      },
      sha256: createHash('sha256').update(entries['content.json']!).digest('hex'),
      marking: highestMarking(
        Object.values(libraryOf(store)).flatMap((items) =>
          items.flatMap((item) => [item.marking, ...item.history.map((v) => v.marking)])
        )
      ),
      history: true
    })
    const content = JSON.parse(strFromU8(entries['content.json']!))
    expect(content).toEqual({
      partners: store.library.list('partner'),
      keyMessages: store.library.list('keyMessage'),
      irritants: store.library.list('irritant'),
      backgroundNotes: store.library.list('backgroundNote')
    })
  })

  it('export then import into a fresh data folder gives an identical library, history included', async () => {
    const hq = await freshStore(await defaultLibrary())
    // Give some items a history, as a working library has.
    const [first, second] = hq.store.library.list('keyMessage')
    const v2 = edited(first!, { text: { en: 'Revised.', fr: 'Révisé.' } }, '2026-11-01T10:00:00.000Z', 'HQ')
    await hq.store.library.put('keyMessage', v2)
    await hq.store.library.put('keyMessage', edited(v2, { status: 'retired' }, '2026-11-02T10:00:00.000Z', 'HQ'))
    const note = hq.store.library.list('backgroundNote')[0]!
    await hq.store.library.put('backgroundNote', edited(note, { topics: ['asylum'] }, '2026-11-03T10:00:00.000Z', 'HQ'))
    expect(hq.store.library.get('keyMessage', first!.id)!.history).toHaveLength(2)
    expect(second).toBeDefined()

    const bundle = read(exportBundle(hq.store, {}, 'HQ', NOW))
    const officer = await freshStore()
    const preview = previewImport(officer.store, bundle)
    expect(preview.entries.every((entry) => entry.status === 'new')).toBe(true)
    const applied = await applyImport(officer.store, preview, {}, NOW, 'Officer', UNSIGNED)

    expect(libraryOf(officer.store)).toEqual(libraryOf(hq.store))
    expect(libraryOf(await officer.reopen())).toEqual(libraryOf(hq.store))
    expect(applied.changed).toHaveLength(preview.entries.length)
    expect(applied.added).toBe(preview.entries.length)
    // The library as it was (empty) is kept in a backup named for the import.
    expect(applied.backup).toBe('2026-11-26T14-00-00-000Z-before-import')
    const backedUp = JSON.parse(
      await readFile(join(officer.dataDir, 'backups', applied.backup!, 'library', 'key-messages.json'), 'utf8')
    )
    expect(backedUp.items).toEqual([])
  })

  it("carries each item's source, and reads a bundle made before items had one", async () => {
    const hq = await freshStore()
    const source = {
      document: { en: 'Transition binder', fr: 'Cahier de transition' },
      section: { en: 'International relations', fr: 'Relations internationales' },
      link: 'https://example.org/binder',
      asOf: '2025-05',
      note: { en: 'To confirm.', fr: 'À confirmer.' }
    }
    const sourced = { ...keyMessage('km-sourced'), source }
    await hq.store.library.put('keyMessage', edited(sourced, { source }, '2026-11-01T10:00:00.000Z', 'HQ'))
    const bytes = exportBundle(hq.store, {}, 'HQ', NOW)
    expect(read(bytes).content.keyMessages[0]?.source).toEqual(source)
    const officer = await freshStore()
    await applyImport(officer.store, previewImport(officer.store, read(bytes)), {}, NOW, 'Officer', UNSIGNED)
    expect((await officer.reopen()).library.get('keyMessage', 'km-sourced')).toEqual(
      hq.store.library.get('keyMessage', 'km-sourced')
    )

    // The same bundle as a Dossier of data version 1 wrote it: no source anywhere.
    const entries = unzipSync(bytes)
    const content = JSON.parse(strFromU8(entries['content.json']!))
    const strip = ({ source: _source, ...rest }: { source?: unknown }) => rest
    content.keyMessages = content.keyMessages.map((item: { source?: unknown; history: object[] }) => ({
      ...strip(item),
      history: item.history.map(strip)
    }))
    const oldContent = strToU8(JSON.stringify(content))
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!))
    manifest.sha256 = createHash('sha256').update(oldContent).digest('hex')
    const old = read(zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'content.json': oldContent }))
    expect(old.content.keyMessages[0]?.source).toEqual(emptySource())
    expect(old.content.keyMessages[0]?.history.map((entry) => entry.source)).toEqual([emptySource()])
  })

  it('a bundle of partners carries the partners and every item linked to them, nothing else', async () => {
    const { store } = await freshStore()
    const linked = { ...keyMessage('km-mexico'), partnerIds: ['mexico'] }
    const viaLine = {
      ...irritant('irr-line'),
      responsiveLines: [{ id: 'line-1', text: { en: 'If raised', fr: '' }, partnerId: 'mexico' }]
    }
    for (const item of [partner('mexico'), partner('chile'), partner('peru')]) await store.library.put('partner', item)
    await store.library.put('keyMessage', linked)
    await store.library.put('keyMessage', { ...keyMessage('km-chile'), partnerIds: ['chile'] })
    await store.library.put('keyMessage', keyMessage('km-general'))
    await store.library.put('irritant', viaLine)
    await store.library.put('backgroundNote', { ...backgroundNote('bg-peru'), partnerIds: ['peru'] })

    const { content, manifest } = read(exportBundle(store, { partnerIds: ['mexico', 'peru'] }, 'HQ', NOW))

    expect(content.partners.map((p) => p.id)).toEqual(['mexico', 'peru'])
    expect(content.keyMessages.map((k) => k.id)).toEqual(['km-mexico'])
    expect(content.irritants.map((i) => i.id)).toEqual(['irr-line'])
    expect(content.backgroundNotes.map((b) => b.id)).toEqual(['bg-peru'])
    expect(manifest.counts).toEqual({ partner: 2, keyMessage: 1, irritant: 1, backgroundNote: 1 })
  })

  it('filters by kind, topic and status, every filter given applying', async () => {
    const { store } = await freshStore()
    await store.library.put('keyMessage', { ...keyMessage('km-asylum'), topics: ['asylum'], status: 'draft' })
    await store.library.put('keyMessage', { ...keyMessage('km-visas'), topics: ['visas'], status: 'draft' })
    await store.library.put('backgroundNote', { ...backgroundNote('bg-asylum'), topics: ['asylum'] })
    await store.library.put('partner', { ...partner('mexico'), topics: ['asylum'] })

    const ids = (bundle: Bundle) =>
      [
        ...bundle.content.partners,
        ...bundle.content.keyMessages,
        ...bundle.content.irritants,
        ...bundle.content.backgroundNotes
      ].map((item) => item.id)
    expect(ids(read(exportBundle(store, { topics: ['asylum'] }, 'HQ', NOW)))).toEqual([
      'mexico',
      'km-asylum',
      'bg-asylum'
    ])
    expect(ids(read(exportBundle(store, { kinds: ['keyMessage'] }, 'HQ', NOW)))).toEqual(['km-asylum', 'km-visas'])
    expect(
      ids(read(exportBundle(store, { topics: ['asylum'], kinds: ['keyMessage', 'backgroundNote'] }, 'HQ', NOW)))
    ).toEqual(['km-asylum', 'bg-asylum'])
    expect(ids(read(exportBundle(store, { statuses: ['approved'] }, 'HQ', NOW)))).toEqual([])
    expect(read(exportBundle(store, { statuses: ['approved'] }, 'HQ', NOW)).manifest.counts).toEqual({
      partner: 0,
      keyMessage: 0,
      irritant: 0,
      backgroundNote: 0
    })
  })

  it('exporting reads the library only', async () => {
    const { dataDir, store } = await freshStore(await defaultLibrary())
    const before = await hashFolder(dataDir)
    exportBundle(store, { partnerIds: ['partner-mexico'] }, 'HQ', NOW)
    expect(await hashFolder(dataDir)).toEqual(before)
    expect(await readdir(join(dataDir, 'backups'))).toHaveLength(1)
  })
})

describe('bundle checks', () => {
  it('accepts what Dossier exports and warns of links to partners neither side has', async () => {
    const hq = await freshStore()
    await hq.store.library.put('keyMessage', { ...keyMessage('km-1'), partnerIds: ['partner-nowhere'] })
    const officer = await freshStore()
    const preview = previewImport(officer.store, read(exportBundle(hq.store, {}, 'HQ', NOW)))
    expect(preview.warnings).toEqual([
      {
        where: 'keyMessages (km-1)',
        message: expect.stringContaining('partner-nowhere, which is neither in this library nor in the bundle')
      }
    ])
  })

  it('names the item and the field of each problem, and reports them all', async () => {
    const { store } = await freshStore()
    await store.library.put('keyMessage', keyMessage('km-visa'))
    const bytes = exportBundle(store, {}, 'HQ', NOW)
    const entries = unzipSync(bytes)
    const content = JSON.parse(strFromU8(entries['content.json']!))
    content.keyMessages[0].text.fr = 'x'.repeat(50_001)
    content.keyMessages[0].topics = ['not-a-topic']
    const { zipSync, strToU8 } = await import('fflate')
    const contentBytes = strToU8(JSON.stringify(content))
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!))
    manifest.sha256 = createHash('sha256').update(contentBytes).digest('hex')

    const result = readBundle(
      zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'content.json': contentBytes })
    )

    expect(result).toEqual({
      ok: false,
      problems: [
        {
          where: 'keyMessages[0] (km-visa): topics[0]',
          message: expect.stringContaining('"not-a-topic" is not allowed here')
        },
        { where: 'keyMessages[0] (km-visa): text.fr', message: 'Text is limited to 50000 characters.' }
      ]
    })
  })

  it('carries a text whose French needs updating, and refuses a record that is not a fingerprint', async () => {
    const { store } = await freshStore()
    const base = keyMessage('km-lagging')
    const matched = { en: 'Canada values the partnership.', fr: 'Le Canada tient au partenariat.' }
    const lagging = alignText({ ...matched, en: 'Canada values the growing partnership.' }, matched)
    await store.library.put('keyMessage', { ...base, text: lagging })
    const entries = unzipSync(exportBundle(store, {}, 'HQ', NOW))
    const content = JSON.parse(strFromU8(entries['content.json']!))
    expect(content.keyMessages[0].text.aligned).toEqual(lagging.aligned)
    const carried = read(exportBundle(store, {}, 'HQ', NOW)).content.keyMessages[0]!
    expect(textState(carried.text)).toBe('fr-needs-update')

    content.keyMessages[0].text.aligned = { en: 'not a fingerprint', fr: lagging.aligned!.fr }
    const contentBytes = strToU8(JSON.stringify(content))
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!))
    manifest.sha256 = createHash('sha256').update(contentBytes).digest('hex')
    const result = readBundle(
      zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'content.json': contentBytes })
    )
    expect(result).toMatchObject({
      ok: false,
      problems: [{ where: 'keyMessages[0] (km-lagging): text.aligned.en' }]
    })
  })

  it('refuses a manifest announcing more items of one kind than a bundle may hold, in plain words', async () => {
    const { store } = await freshStore()
    await store.library.put('keyMessage', keyMessage('km-1'))
    const files = unzipSync(exportBundle(store, {}, 'HQ', NOW))
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      counts: { irritant: number }
    }
    manifest.counts.irritant = 10_001
    const bytes = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) })
    expect(readBundle(bytes)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('A bundle holds at most 10,000 items of one kind.') }]
    })
  })

  it('refuses a bundle over the size limits it is given', async () => {
    const { store } = await freshStore(await defaultLibrary())
    const bytes = exportBundle(store, {}, 'HQ', NOW)
    expect(readBundle(bytes, { maxFileBytes: 1000 })).toMatchObject({
      ok: false,
      problems: [
        { where: 'the file', message: expect.stringContaining('Dossier reads a Dossier bundle of up to 1000 bytes') }
      ]
    })
    expect(readBundle(bytes, { maxUncompressedBytes: 10_000 })).toMatchObject({
      ok: false,
      problems: [{ where: 'the file', message: expect.stringContaining('more than the 10 KB Dossier accepts') }]
    })
  })
})
