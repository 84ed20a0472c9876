import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { resolveItem } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import type { Brief, KeyMessage, LibraryItem, Partner } from '@shared/entities'
import { applyImport, choiceKey, exportBundle, previewImport, readBundle } from '../../../../src/main/core/exchange'
import type { Bundle, ImportChoice, ImportPreview } from '../../../../src/main/core/exchange'
import { atVersion, sameContent, sameVersion, versionsOf } from '../../../../src/main/core/exchange/item-versions'
import { ApiFailure } from '../../../../src/main/core/failure'
import type { Store } from '../../../../src/main/store/index'
import { brief, keyMessage, partner } from '../../store/helpers'
import { cleanTempDirs, edited, freshStore, hashFolder, libraryOf } from './helpers'

// These bundles are unsigned (what is tested here is how they merge), which an import takes only
// when told to.
const UNSIGNED = { unsigned: true }

afterEach(cleanTempDirs)

const NOW = new Date('2026-12-01T09:00:00.000Z')
const text = (en: string, fr = '') => ({ en, fr })

function bundleOf(store: Store, publisher = 'HQ'): Bundle {
  const result = readBundle(exportBundle(store, {}, publisher, NOW))
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.bundle
}

function entry(preview: ImportPreview, id: string) {
  const found = preview.entries.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no entry ${id}`)
  return found
}

const km = (store: Store, id: string): KeyMessage => store.library.get('keyMessage', id)!

/** A brief placing one library key message at a version, beside some free text. */
const placing = (id: string, placedVersion: number, itemId = 'km-both'): Brief => ({
  ...brief(id),
  sections: [
    {
      id: 'messages',
      kind: 'key-messages',
      title: text('Messages'),
      items: [
        { type: 'library', id: 'item-1', kind: 'keyMessage', itemId, placedVersion, override: null },
        { type: 'text', id: 'item-2', text: text('Free text.') }
      ]
    }
  ]
})

/** The English text a brief's first item shows, resolved the way the composer and the export resolve it. */
function shown(store: Store, id: string): string {
  const lookup: LibraryLookup = (kind, itemId) => store.library.get(kind, itemId)
  const item = store.briefs.get(id)!.sections[0]!.items[0]!
  return resolveItem(item, lookup, []).text.en
}

const contentOfVersion = (item: KeyMessage) => ({ title: item.title, text: item.text })

/** Every number names one version, oldest first, the current one above all: what restoring a version needs. */
function expectUniqueNumbers(item: LibraryItem): void {
  const numbers = versionsOf(item).map((version) => version.version)
  expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b))
  for (const number of numbers) expect(atVersion(versionsOf(item), number)).toHaveLength(1)
  expect(item.history.every((version) => version.version < item.version)).toBe(true)
}

/**
 * Headquarters and an officer abroad, both starting from the same library, then each editing:
 * - km-new exists only at HQ; km-same is untouched on both sides;
 * - km-hq is edited at HQ only; km-field is edited by the officer only;
 * - km-both is edited on both sides (HQ to version 2, the officer to versions 2 and 3).
 */
async function twoOffices() {
  const base = [keyMessage('km-same'), keyMessage('km-hq'), keyMessage('km-field'), keyMessage('km-both')]
  const hq = await freshStore()
  const officer = await freshStore()
  for (const store of [hq.store, officer.store]) for (const item of base) await store.library.put('keyMessage', item)

  await hq.store.library.put('keyMessage', { ...keyMessage('km-new'), title: text('New from HQ', 'Nouveau') })
  await hq.store.library.put(
    'keyMessage',
    edited(km(hq.store, 'km-hq'), { text: text('HQ wording.') }, '2026-11-10T10:00:00.000Z', 'HQ')
  )
  await officer.store.library.put(
    'keyMessage',
    edited(km(officer.store, 'km-field'), { text: text('Field wording.') }, '2026-11-11T10:00:00.000Z', 'Officer')
  )
  await hq.store.library.put(
    'keyMessage',
    edited(
      km(hq.store, 'km-both'),
      { text: text('HQ says this.'), title: text('Both (HQ)') },
      '2026-11-12T10:00:00.000Z',
      'HQ'
    )
  )
  const field2 = edited(
    km(officer.store, 'km-both'),
    { text: text('The field says this.') },
    '2026-11-13T10:00:00.000Z',
    'Officer'
  )
  await officer.store.library.put('keyMessage', field2)
  await officer.store.library.put(
    'keyMessage',
    edited(field2, { text: text('The field says this, revised.') }, '2026-11-14T10:00:00.000Z', 'Officer')
  )
  return { hq, officer }
}

describe('import preview', () => {
  it('tells new, updated, unchanged, local-newer and conflicting items apart', async () => {
    const { hq, officer } = await twoOffices()

    const preview = previewImport(officer.store, bundleOf(hq.store))

    const statuses = Object.fromEntries(preview.entries.map((e) => [e.id, e.status]))
    expect(statuses).toEqual({
      'km-same': 'unchanged',
      'km-hq': 'updated',
      'km-field': 'local-newer',
      'km-both': 'conflict',
      'km-new': 'new'
    })
    expect(preview.counts).toEqual({ new: 1, updated: 1, unchanged: 1, 'local-newer': 1, conflict: 1 })
    // A conflict comes with both sides and the last version they share, for a side-by-side view.
    const conflict = entry(preview, 'km-both')
    expect(conflict.mine).toEqual(km(officer.store, 'km-both'))
    expect(conflict.theirs).toEqual(km(hq.store, 'km-both'))
    expect(conflict.commonVersion).toBe(1)
    expect(entry(preview, 'km-new').mine).toBeUndefined()
  })

  it('calls two unrelated items with one id a conflict with no common version', async () => {
    const hq = await freshStore()
    const officer = await freshStore()
    await hq.store.library.put('partner', partner('partner-chile', 'Chile'))
    await officer.store.library.put('partner', {
      ...partner('partner-chile', 'Chile'),
      summary: text('Written in the field.')
    })

    const conflict = entry(previewImport(officer.store, bundleOf(hq.store)), 'partner-chile')

    expect(conflict.status).toBe('conflict')
    expect(conflict.commonVersion).toBeUndefined()
  })

  it('reads only', async () => {
    const { hq, officer } = await twoOffices()
    const before = await hashFolder(officer.dataDir)
    previewImport(officer.store, bundleOf(hq.store))
    expect(await hashFolder(officer.dataDir)).toEqual(before)
  })
})

describe('applying an import', () => {
  async function applied(choice: ImportChoice) {
    const { hq, officer } = await twoOffices()
    const before = { mine: km(officer.store, 'km-both'), theirs: km(hq.store, 'km-both') }
    const preview = previewImport(officer.store, bundleOf(hq.store))
    const result = await applyImport(
      officer.store,
      preview,
      { [choiceKey('keyMessage', 'km-both')]: choice },
      NOW,
      'Officer',
      UNSIGNED
    )
    return { hq, officer, before, result }
  }

  it('takes new and updated items, keeps local-newer and unchanged ones as they are', async () => {
    const { hq, officer } = await applied('mine')
    expect(km(officer.store, 'km-new')).toEqual(km(hq.store, 'km-new'))
    expect(km(officer.store, 'km-hq')).toEqual(km(hq.store, 'km-hq'))
    expect(km(officer.store, 'km-hq').history).toHaveLength(1)
    expect(km(officer.store, 'km-field').text.en).toBe('Field wording.')
    expect(km(officer.store, 'km-same')).toEqual(keyMessage('km-same'))
  })

  it("'mine' keeps the local item untouched and writes nothing for it", async () => {
    const { officer, before, result } = await applied('mine')
    expect(km(officer.store, 'km-both')).toEqual(before.mine)
    expect(result.changed.map((change) => change.item.id).sort()).toEqual(['km-hq', 'km-new'])
    expect(result).toMatchObject({ added: 1, updated: 1, kept: 3 })
  })

  it("'theirs' takes their text as a new version above all, and the history keeps every version of both sides, each under its own number", async () => {
    const { officer, before, result } = await applied('theirs')
    const merged = km(officer.store, 'km-both')

    expect(merged.text).toEqual(before.theirs.text)
    expect(merged.title).toEqual(before.theirs.title)
    expect(merged).toMatchObject({ updatedAt: NOW.toISOString(), updatedBy: 'Officer' })
    // The shared version 1 and their version 2 keep their numbers; my versions 2 and 3 move to 4 and 5.
    expect(merged.history.map((version) => version.version)).toEqual([1, 2, 4, 5])
    expect(merged.version).toBe(6)
    expectUniqueNumbers(merged)
    // No version lost: each version either side held is in the history, with its content.
    for (const version of [...versionsOf(before.mine), ...versionsOf(before.theirs)]) {
      expect(merged.history.some((kept) => sameContent(kept, version) && kept.updatedAt === version.updatedAt)).toBe(
        true
      )
    }
    expect(atVersion(versionsOf(merged), 2)[0]).toEqual(versionsOf(before.theirs)[1])
    expect(atVersion(versionsOf(merged), 4)[0]).toEqual({ ...versionsOf(before.mine)[1], version: 4 })
    expect(atVersion(versionsOf(merged), 5)[0]).toEqual({ ...versionsOf(before.mine)[2], version: 5 })
    expect(result.changed.find((change) => change.item.id === 'km-both')?.item).toEqual(merged)
    expect(result).toMatchObject({ briefsUpdated: 0, briefProblem: null })
  })

  it("'theirs' points local briefs that placed my diverging versions at their new numbers, and they still show my text", async () => {
    const { hq, officer } = await twoOffices()
    const mine = km(officer.store, 'km-both')
    await officer.store.briefs.put(placing('brief-v1', 1))
    await officer.store.briefs.put(placing('brief-v2', 2))
    await officer.store.briefs.put(placing('brief-v3', 3))
    await officer.store.briefs.put(placing('brief-other', 2, 'km-field'))
    expect(shown(officer.store, 'brief-v2')).toBe('The field says this.')
    const untouched = officer.store.briefs.get('brief-other')

    const preview = previewImport(officer.store, bundleOf(hq.store))
    const result = await applyImport(
      officer.store,
      preview,
      { 'keyMessage:km-both': 'theirs' },
      NOW,
      'Officer',
      UNSIGNED
    )

    expect(result).toMatchObject({ briefsUpdated: 2, briefProblem: null })
    const placed = (store: Store, id: string) =>
      (store.briefs.get(id)!.sections[0]!.items[0] as { placedVersion: number }).placedVersion
    expect(placed(officer.store, 'brief-v1')).toBe(1)
    expect(placed(officer.store, 'brief-v2')).toBe(4)
    expect(placed(officer.store, 'brief-v3')).toBe(5)
    expect(officer.store.briefs.get('brief-other')).toEqual(untouched)
    // Each brief still shows the text it placed, mine, not the other office's version 2.
    expect(shown(officer.store, 'brief-v1')).toBe(mine.history[0]!.text.en)
    expect(shown(officer.store, 'brief-v2')).toBe('The field says this.')
    expect(shown(officer.store, 'brief-v3')).toBe('The field says this, revised.')
    // And they say so across a reopen.
    const reopened = await officer.reopen()
    expect(placed(reopened, 'brief-v2')).toBe(4)
    expect(shown(reopened, 'brief-v2')).toBe('The field says this.')
  })

  it('says so, and keeps the import, when a brief cannot be saved with the new number', async () => {
    const { hq, officer } = await twoOffices()
    await officer.store.briefs.put({
      ...brief('brief-v3'),
      sections: [
        {
          id: 'messages',
          kind: 'key-messages',
          title: text('Messages'),
          items: [
            { type: 'library', id: 'item-1', kind: 'keyMessage', itemId: 'km-both', placedVersion: 3, override: null }
          ]
        }
      ]
    })
    const preview = previewImport(officer.store, bundleOf(hq.store))
    const failing: Store = {
      ...officer.store,
      briefs: { ...officer.store.briefs, put: () => Promise.reject(new Error('disk full')) }
    }

    const result = await applyImport(failing, preview, { 'keyMessage:km-both': 'theirs' }, NOW, 'Officer', UNSIGNED)

    expect(result.briefsUpdated).toBe(0)
    expect(result.briefProblem).toMatch(/^The library was imported in full, but 1 brief\(s\) \(brief-v3\)/)
    expect(km(officer.store, 'km-both').version).toBe(6)
  })

  it('numbers apart the repeated numbers of a history merged by an older Dossier, and keeps briefs on what they showed', async () => {
    const { hq, officer } = await twoOffices()
    const hqV2 = km(hq.store, 'km-both')
    const mine = km(officer.store, 'km-both')
    // The officer took HQ's text with an older Dossier: versions 2 (mine) and 2 (HQ's) side by side, then 4.
    const legacy: KeyMessage = {
      ...mine,
      ...contentOfVersion(hqV2),
      version: 4,
      updatedAt: '2026-11-20T10:00:00.000Z',
      updatedBy: 'Officer',
      history: [...versionsOf(mine), versionsOf(hqV2)[1]!].sort(
        (a, b) => a.version - b.version
      ) as KeyMessage['history']
    }
    await officer.store.library.put('keyMessage', legacy)
    expect(legacy.history.map((v) => v.version)).toEqual([1, 2, 2, 3])
    await officer.store.briefs.put(placing('brief-v2', 2))
    // HQ has written again since.
    await hq.store.library.put(
      'keyMessage',
      edited(hqV2, { text: text('HQ says this, revised.') }, '2026-11-21T10:00:00.000Z', 'HQ')
    )
    const theirs = km(hq.store, 'km-both')

    const preview = previewImport(officer.store, bundleOf(hq.store))
    expect(entry(preview, 'km-both').status).toBe('conflict')
    const result = await applyImport(
      officer.store,
      preview,
      { 'keyMessage:km-both': 'theirs' },
      NOW,
      'Officer',
      UNSIGNED
    )

    const merged = km(officer.store, 'km-both')
    expectUniqueNumbers(merged)
    expect(merged.history.map((v) => v.version)).toEqual([1, 2, 3, 5, 6, 7])
    for (const version of [...versionsOf(legacy), ...versionsOf(theirs)]) {
      expect(merged.history.some((kept) => sameContent(kept, version))).toBe(true)
    }
    expect(result.briefsUpdated).toBe(1)
    expect(shown(officer.store, 'brief-v2')).toBe('The field says this.')
  })

  it("'both' keeps mine and adds theirs under a new id, marked as imported, with its own history", async () => {
    const { officer, before, result } = await applied('both')

    expect(km(officer.store, 'km-both')).toEqual(before.mine)
    const copy = result.changed.find((change) => change.item.id !== 'km-both' && change.item.id.startsWith('km-both'))!
    expect(copy.item.id).toBe('km-both-hq')
    const stored = km(officer.store, copy.item.id)
    expect(stored.title).toEqual({ en: 'Both (HQ) (imported)', fr: '' })
    expect(stored.text).toEqual(before.theirs.text)
    // Its versions are its own: they carry its new id (a bundle with another id in a history is refused).
    expect(
      versionsOf(before.theirs).every((version) =>
        stored.history.some((kept) => sameVersion(kept, { ...version, id: 'km-both-hq' }))
      )
    ).toBe(true)
    expect(stored.history.every((kept) => kept.id === 'km-both-hq')).toBe(true)
    expectUniqueNumbers(stored)
    expect(stored.version).toBe(before.theirs.version + 1)
    expect(result).toMatchObject({ added: 2 })
  })

  it('marks both languages of an imported copy', async () => {
    const hq = await freshStore()
    const officer = await freshStore()
    const base: Partner = { ...partner('partner-peru', 'Peru'), status: 'approved', summary: text('Peru.', 'Pérou.') }
    await hq.store.library.put('partner', { ...base, relationship: text('HQ view.', 'Vue du siège.') })
    await officer.store.library.put('partner', { ...base, relationship: text('Field view.', 'Vue du terrain.') })

    const preview = previewImport(officer.store, bundleOf(hq.store))
    const { changed } = await applyImport(
      officer.store,
      preview,
      { 'partner:partner-peru': 'both' },
      NOW,
      'Officer',
      UNSIGNED
    )

    expect(changed).toHaveLength(1)
    expect(changed[0]!.item).toMatchObject({
      id: 'partner-peru-2',
      name: { en: 'Peru (imported)', fr: 'Peru (fr) (importé)' }
    })
  })

  it('refuses while a conflict is unsettled, and writes nothing', async () => {
    const { hq, officer } = await twoOffices()
    const before = await hashFolder(officer.dataDir)
    const preview = previewImport(officer.store, bundleOf(hq.store))

    const attempt = applyImport(officer.store, preview, {}, NOW, 'Officer', UNSIGNED)

    await expect(attempt).rejects.toBeInstanceOf(ApiFailure)
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      issues: [{ path: 'keyMessage:km-both', message: expect.stringContaining('mine, theirs or both') }]
    })
    await expect(
      applyImport(officer.store, preview, { 'keyMessage:km-both': 'maybe' as ImportChoice }, NOW, 'Officer', UNSIGNED)
    ).rejects.toMatchObject({ code: 'conflict' })
    expect(await hashFolder(officer.dataDir)).toEqual(before)
    expect(km(officer.store, 'km-new')).toBeUndefined()
  })

  it('refuses a preview made before the library changed, and writes nothing', async () => {
    const { hq, officer } = await twoOffices()
    const preview = previewImport(officer.store, bundleOf(hq.store))
    await officer.store.library.put(
      'keyMessage',
      edited(km(officer.store, 'km-hq'), { text: text('Typed meanwhile.') }, '2026-11-30T10:00:00.000Z', 'Officer')
    )
    const before = await hashFolder(officer.dataDir)

    await expect(
      applyImport(officer.store, preview, { 'keyMessage:km-both': 'theirs' }, NOW, 'Officer', UNSIGNED)
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('km-hq changed') })

    expect(await hashFolder(officer.dataDir)).toEqual(before)
    expect(km(officer.store, 'km-hq').text.en).toBe('Typed meanwhile.')
  })

  it('keeps the result across a reopen, and backs up the library as it was', async () => {
    const { officer, before, result } = await applied('theirs')
    const reopened = await officer.reopen()
    expect(libraryOf(reopened)).toEqual(libraryOf(officer.store))
    const backups = await readdir(join(officer.dataDir, 'backups'))
    expect(backups).toContain(result.backup)
    expect(before.mine.version).toBe(3)
  })

  it('importing the same bundle again changes nothing', async () => {
    const { hq, officer } = await applied('theirs')
    const before = await hashFolder(officer.dataDir)
    const again = previewImport(officer.store, bundleOf(hq.store))
    expect(again.counts).toMatchObject({ new: 0, updated: 0, conflict: 0 })
    const result = await applyImport(officer.store, again, {}, NOW, 'Officer', UNSIGNED)
    expect(result).toEqual({
      changed: [],
      backup: null,
      added: 0,
      updated: 0,
      kept: 5,
      briefsUpdated: 0,
      briefProblem: null
    })
    expect(await hashFolder(officer.dataDir)).toEqual(before)
  })

  it("settles in both directions: after the officer takes 'theirs', HQ sees the officer's copy as an update", async () => {
    const { hq, officer } = await applied('theirs')

    const atHq = previewImport(hq.store, bundleOf(officer.store, 'Officer'))

    expect(entry(atHq, 'km-both').status).toBe('updated')
    expect(entry(atHq, 'km-field').status).toBe('updated')
    await applyImport(hq.store, atHq, {}, NOW, 'HQ', UNSIGNED)
    expect(libraryOf(hq.store)).toEqual(libraryOf(officer.store))
    const back = previewImport(officer.store, bundleOf(hq.store))
    expect(back.entries.every((e) => e.status === 'unchanged')).toBe(true)
  })
})
