import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeyMessage, LibraryItem, Partner } from '@shared/entities'
import type { ApiTable } from '../../../../src/main/api'
import { NOW, openTestApi, openTestApiAndStore, tempDataDir, value } from './test-api'
import { emptySource } from '@shared/source'

let dataDir: { dir: string; remove: () => Promise<void> }
let api: ApiTable
const open = (): Promise<ApiTable> => openTestApi(dataDir.dir)

const draft = {
  status: 'approved',
  marking: 'UNCLASSIFIED',
  owner: 'Americas Branch',
  topics: ['capacity-building'],
  lastReviewed: '2026-11-01',
  source: emptySource(),
  reviewBy: '2027-11-01',
  title: { en: 'Regional economy', fr: "L'économie régionale" },
  text: { en: 'Canada supports the regional economy.', fr: "Le Canada soutient l'économie régionale." },
  partnerIds: ['partner-mexico']
}

beforeEach(async () => {
  dataDir = await tempDataDir()
  api = await open()
  value(await api['settings.update']({ author: 'Awa Diallo' }))
})
afterEach(() => dataDir.remove())

describe('saving library items', () => {
  it('creates an item with a readable id, version 1 and no history', async () => {
    const saved = value(await api['library.save']({ kind: 'keyMessage', item: draft })) as KeyMessage
    expect(saved).toMatchObject({ id: 'km-regional-economy', version: 1, history: [], updatedBy: 'Awa Diallo' })
    expect(saved.updatedAt).toBe(NOW.toISOString())
  })

  it('keeps a key message’s short form for the pocket card, after a reopen too', async () => {
    const shortForm = { en: 'Canada backs the regional economy.', fr: 'Le Canada appuie l’économie régionale.' }
    const saved = value(await api['library.save']({ kind: 'keyMessage', item: { ...draft, shortForm } })) as KeyMessage
    expect(saved.shortForm).toEqual(shortForm)
    const reopened = await open()
    expect(
      (value(await reopened['library.get']({ kind: 'keyMessage', id: saved.id })) as KeyMessage).shortForm
    ).toEqual(shortForm)
  })

  it('keeps the earlier version, with who and when, when a text changes; an unchanged save adds nothing', async () => {
    const first = value(await api['library.save']({ kind: 'keyMessage', item: draft })) as KeyMessage
    const edited = { ...draft, id: first.id, text: { ...draft.text, en: 'Canada backs regional growth.' } }
    const second = value(
      await api['library.save']({ kind: 'keyMessage', item: edited, expectedVersion: 1 })
    ) as KeyMessage
    expect(second.version).toBe(2)
    expect(second.history).toHaveLength(1)
    expect(second.history[0]).toMatchObject({ version: 1, updatedBy: 'Awa Diallo', text: draft.text })
    const again = value(await api['library.save']({ kind: 'keyMessage', item: edited, expectedVersion: 2 }))
    expect(again.version).toBe(2)

    const reopened = await open()
    expect(value(await reopened['library.get']({ kind: 'keyMessage', id: first.id })).version).toBe(2)
  })

  it('refuses a save based on a version someone else has replaced', async () => {
    const first = value(await api['library.save']({ kind: 'keyMessage', item: draft }))
    const edit = (en: string) => ({ ...draft, id: first.id, text: { ...draft.text, en } })
    value(await api['library.save']({ kind: 'keyMessage', item: edit('One'), expectedVersion: 1 }))
    const stale = await api['library.save']({ kind: 'keyMessage', item: edit('Two'), expectedVersion: 1 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('refuses an approved item without French, naming the field, but keeps it as a draft', async () => {
    const untranslated = { ...draft, text: { en: draft.text.en, fr: '' } }
    const refused = await api['library.save']({ kind: 'keyMessage', item: untranslated })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'item.text' }] } })
    expect(
      value(await api['library.save']({ kind: 'keyMessage', item: { ...untranslated, status: 'draft' } })).status
    ).toBe('draft')
  })

  it('refuses a partner named as another is, in either language (case, accents and spacing aside)', async () => {
    const {
      id: _id,
      history: _history,
      version: _version,
      updatedAt: _at,
      updatedBy: _by,
      ...mexico
    } = value(await api['library.get']({ kind: 'partner', id: 'partner-mexico' })) as Partner
    const twin = { ...mexico, name: { en: 'Mexico City office', fr: '  MEXIQUE ' } }
    const refused = await api['library.save']({ kind: 'partner', item: twin })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'item.name.fr', key: 'duplicate-name' }] }
    })
    if (!refused.ok) expect(refused.error.message).toContain('already named "Mexique"')
    const told = value(
      await api['library.save']({ kind: 'partner', item: { ...twin, name: { ...twin.name, fr: 'Bureau de Mexico' } } })
    )
    // Its own name is not another's: saving it again, renamed or not, goes through.
    value(
      await api['library.save']({
        kind: 'partner',
        item: { ...told, name: { en: 'Mexico City', fr: 'Bureau de Mexico' } },
        expectedVersion: 1
      })
    )
  })

  it('keeps partners already alike editable (an import, an older Dossier): only a name typed now is refused', async () => {
    const { api: planted, store } = await openTestApiAndStore(dataDir.dir)
    const mexico = store.library.get('partner', 'partner-mexico')!
    await store.library.put('partner', { ...mexico, id: 'partner-mexico-2' })
    const {
      id: _id,
      history: _h,
      version,
      updatedAt: _at,
      updatedBy: _by,
      ...twin
    } = store.library.get('partner', 'partner-mexico-2')!
    const edited = await planted['library.save']({
      kind: 'partner',
      item: { ...twin, id: 'partner-mexico-2', summary: { en: 'Changed.', fr: 'Modifié.' } },
      expectedVersion: version
    })
    expect(edited.ok).toBe(true)
  })

  it('keeps a person whose name is to be confirmed by their title, and refuses one with neither', async () => {
    const {
      history: _history,
      version,
      updatedAt: _at,
      updatedBy: _by,
      ...mexico
    } = value(await api['library.get']({ kind: 'partner', id: 'partner-mexico' })) as Partner
    const unnamed = {
      id: 'person-consul',
      name: '',
      title: { en: 'Consul General in Montréal', fr: 'Consul général à Montréal' },
      organization: { en: '', fr: '' },
      bio: { en: '', fr: '' }
    }
    const saved = value(
      await api['library.save']({ kind: 'partner', item: { ...mexico, people: [unnamed] }, expectedVersion: version })
    ) as Partner
    expect(saved.people).toEqual([unnamed])
    const nobody = { ...unnamed, title: { en: '', fr: '' } }
    const refused = await api['library.save']({
      kind: 'partner',
      item: { ...mexico, people: [nobody] },
      expectedVersion: saved.version
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'item.people.0.name' }] }
    })
  })

  it('restores an earlier version as a new version', async () => {
    const first = value(await api['library.save']({ kind: 'keyMessage', item: draft }))
    value(
      await api['library.save']({
        kind: 'keyMessage',
        item: { ...draft, id: first.id, text: { en: 'New', fr: 'Nouveau' } }
      })
    )
    const restored = value(
      await api['library.restoreVersion']({ kind: 'keyMessage', id: first.id, version: 1 })
    ) as KeyMessage
    expect(restored.version).toBe(3)
    expect(restored.text).toEqual(draft.text)
    expect(restored.history.map((entry) => entry.version)).toEqual([1, 2])
    const missing = await api['library.restoreVersion']({ kind: 'keyMessage', id: first.id, version: 9 })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('restoring a version with a foreign id in its history', () => {
  it('restores into the item itself, never into the item whose id the entry carries', async () => {
    const planting = await tempDataDir()
    const { api, store } = await openTestApiAndStore(planting.dir)
    const original = value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' })) as KeyMessage
    const copy = value(await api['library.save']({ kind: 'keyMessage', item: draft })) as KeyMessage
    // What an import's "keep both" copy looks like: history entries carrying the original's id.
    const planted = { ...copy, history: [{ ...original, history: undefined, version: 1 }] } as unknown as KeyMessage
    await store.library.put('keyMessage', { ...planted, version: 2 })
    const restored = value(await api['library.restoreVersion']({ kind: 'keyMessage', id: copy.id, version: 1 }))
    expect(restored.id).toBe(copy.id)
    expect(value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' }))).toEqual(original)
    await store.flush()
    await planting.remove()
  })
})

describe('retiring and deleting', () => {
  it('retires an item out of the default search and brings it back', async () => {
    const saved = value(await api['library.save']({ kind: 'keyMessage', item: draft }))
    value(await api['library.setStatus']({ kind: 'keyMessage', id: saved.id, status: 'retired' }))
    const ids = async (statuses?: ('draft' | 'approved' | 'retired')[]) =>
      value(await api['library.search']({ kinds: ['keyMessage'], ...(statuses ? { statuses } : {}) })).hits.map(
        (hit) => hit.item.id
      )
    expect(await ids()).not.toContain(saved.id)
    expect(await ids(['retired'])).toEqual([saved.id])
    value(await api['library.setStatus']({ kind: 'keyMessage', id: saved.id, status: 'approved' }))
    expect(await ids()).toContain(saved.id)
  })

  it('refuses to delete what a brief uses, and names the brief', async () => {
    const uses = value(await api['library.uses']({ kind: 'irritant', id: 'irritant-visa-processing-delays' }))
    expect(uses.length).toBeGreaterThan(0)
    const refused = await api['library.delete']({ kind: 'irritant', id: 'irritant-visa-processing-delays' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'in-use' } })
    if (!refused.ok) expect(refused.error.message).toContain(uses[0]?.briefTitle.en)
  })

  it('names a brief once where it both meets a partner and carries its profile', async () => {
    const uses = value(await api['library.uses']({ kind: 'partner', id: 'partner-mexico' }))
    const ids = uses.map((use) => use.briefId)
    expect(ids).toContain('brief-mexico-asylum-capacity')
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refuses to delete a partner other items link to', async () => {
    const refused = await api['library.delete']({ kind: 'partner', id: 'partner-belize' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'in-use' } })
  })

  it('deletes an unused item and puts it back exactly on undo', async () => {
    const saved = value(await api['library.save']({ kind: 'keyMessage', item: draft }))
    const deleted = value(await api['library.delete']({ kind: 'keyMessage', id: saved.id })) as LibraryItem
    expect(await api['library.get']({ kind: 'keyMessage', id: saved.id })).toMatchObject({ ok: false })
    expect(value(await api['library.reinstate']({ kind: 'keyMessage', id: deleted.id }))).toEqual(saved)
    // Once back, it is no longer a deleted item to put back.
    expect(await api['library.reinstate']({ kind: 'keyMessage', id: deleted.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
  })

  it('puts back only what was deleted, by id: a record sent whole is refused, and a new item under the id wins', async () => {
    const saved = value(await api['library.save']({ kind: 'keyMessage', item: draft })) as KeyMessage
    value(await api['library.delete']({ kind: 'keyMessage', id: saved.id }))
    // What a forging window would send: the item with another author, version and history.
    const forged = await api['library.reinstate']({
      kind: 'keyMessage',
      item: { ...saved, updatedBy: 'Someone else', version: 9, history: [] }
    } as never)
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    // Never deleted, or deleted as another kind: nothing to put back.
    expect(await api['library.reinstate']({ kind: 'keyMessage', id: 'km-never-there' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    expect(await api['library.reinstate']({ kind: 'irritant', id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    // An item saved under the same id meanwhile is not overwritten.
    value(await api['library.save']({ kind: 'keyMessage', item: draft }))
    expect(await api['library.reinstate']({ kind: 'keyMessage', id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })
})

describe('searching and filtering', () => {
  it('finds a French text by an unaccented word, and follows edits', async () => {
    const saved = value(await api['library.save']({ kind: 'keyMessage', item: draft }))
    const find = async (query: string) => value(await api['library.search']({ query })).hits.map((hit) => hit.item.id)
    expect(await find('economie regionale')).toContain(saved.id)
    value(
      await api['library.save']({
        kind: 'keyMessage',
        item: {
          ...draft,
          id: saved.id,
          title: { en: 'Trade', fr: 'Commerce' },
          text: { en: 'Trade.', fr: 'Commerce.' }
        }
      })
    )
    expect(await find('economie regionale')).not.toContain(saved.id)
    expect(await find('commerce')).toContain(saved.id)
  })

  it('lists overdue and soon-due items oldest first, and nothing of a freshly installed library', async () => {
    // The embedded library ships with every review at least a year away.
    expect(value(await api['library.search']({ review: ['overdue', 'due-soon'] })).hits).toEqual([])
    const due = [
      ['Late climate', '2026-06-30'],
      ['Soon trade', '2026-12-10'],
      ['Late visas', '2026-10-01']
    ] as const
    for (const [title, reviewBy] of due) {
      const item = { ...draft, title: { en: title, fr: title }, lastReviewed: '2026-01-01', reviewBy }
      value(await api['library.save']({ kind: 'keyMessage', item }))
    }
    const result = value(await api['library.search']({ review: ['overdue', 'due-soon'], sort: 'review-by' }))
    expect(result.hits.map((hit) => [hit.item.id, hit.review])).toEqual([
      ['km-late-climate', 'overdue'],
      ['km-late-visas', 'overdue'],
      ['km-soon-trade', 'due-soon']
    ])
  })

  it('answers page by page with the total, in the same order as one long answer', async () => {
    const ids = (hits: { item: { id: string } }[]) => hits.map((hit) => hit.item.id)
    for (const input of [{ query: '' }, { query: 'migration' }, { query: 'visa', sort: 'title' as const }]) {
      const whole = value(await api['library.search']({ ...input, limit: 1000 }))
      expect(whole.total).toBe(whole.hits.length)
      expect(whole.total).toBeGreaterThan(8)
      const pages = []
      for (let offset = 0; offset < whole.total; offset += 4) {
        const page = value(await api['library.search']({ ...input, offset, limit: 4 }))
        expect(page.total).toBe(whole.total)
        pages.push(...page.hits)
      }
      expect(ids(pages)).toEqual(ids(whole.hits))
      // A page's highlighting is the one the long answer gave the same items.
      expect(pages.map((hit) => hit.terms)).toEqual(whole.hits.map((hit) => hit.terms))
      expect(value(await api['library.search']({ ...input, offset: whole.total })).hits).toEqual([])
    }
  })

  it('lists in title order in the interface language, and places an item again when its title changes', async () => {
    const titles = async () =>
      value(await api['library.search']({ query: '', kinds: ['keyMessage'], limit: 1000 })).hits.map((hit) =>
        'title' in hit.item ? hit.item.title : null
      )
    const english = (await titles()).map((title) => title?.en ?? '')
    expect(english).toEqual([...english].sort(new Intl.Collator('en-CA', { sensitivity: 'base' }).compare))
    const saved = value(
      await api['library.save']({ kind: 'keyMessage', item: { ...draft, title: { en: 'Zz last', fr: 'Aa premier' } } })
    )
    expect((await titles()).at(-1)?.en).toBe('Zz last')
    value(await api['settings.update']({ uiLanguage: 'fr' }))
    expect((await titles())[0]?.fr).toBe('Aa premier')
    value(
      await api['library.save']({
        kind: 'keyMessage',
        item: { ...draft, id: saved.id, title: { en: 'Zz last', fr: 'Zz dernier' } },
        expectedVersion: 1
      })
    )
    expect((await titles()).at(-1)?.fr).toBe('Zz dernier')
  })

  it('answers the same words under each filter in turn, and follows a change of status at once', async () => {
    const search = async (filters: { partnerId?: string; statuses?: ('draft' | 'approved' | 'retired')[] }) =>
      value(await api['library.search']({ query: 'visa', ...filters }))
    const ids = (result: { hits: { item: { id: string } }[] }): string[] => result.hits.map((hit) => hit.item.id)
    const all = await search({})
    const mexico = await search({ partnerId: 'partner-mexico' })
    expect(mexico.total).toBeGreaterThan(0)
    expect(mexico.total).toBeLessThan(all.total)
    expect((await search({})).total).toBe(all.total)
    expect(await search({ statuses: ['retired'] })).toMatchObject({ total: 0 })

    const [first] = all.hits
    if (first === undefined) throw new Error('Nothing in the default library mentions visas')
    value(await api['library.setStatus']({ kind: first.kind, id: first.item.id, status: 'retired' }))
    expect(ids(await search({}))).not.toContain(first.item.id)
    expect((await search({})).total).toBe(all.total - 1)
    expect(ids(await search({ statuses: ['retired'] }))).toEqual([first.item.id])
  })

  it('answers a search with items without their history, which reading the item gives', async () => {
    const first = value(await api['library.save']({ kind: 'keyMessage', item: draft }))
    const edited = { ...draft, id: first.id, text: { ...draft.text, en: 'Canada backs regional growth.' } }
    value(await api['library.save']({ kind: 'keyMessage', item: edited, expectedVersion: 1 }))
    const found = value(await api['library.search']({ query: 'regional growth', kinds: ['keyMessage'] }))
    const hit = found.hits.find((each) => each.item.id === first.id)
    expect(hit?.item).toMatchObject({ version: 2, text: edited.text })
    expect(hit?.item).not.toHaveProperty('history')
    const listed = value(await api['library.search']({ kinds: ['keyMessage'] })).hits
    expect(listed.every((each) => !('history' in each.item))).toBe(true)
    const read = value(await api['library.get']({ kind: 'keyMessage', id: first.id }))
    expect(read.history).toHaveLength(1)
  })

  it('combines a query with kind, partner, topic and marking filters', async () => {
    const result = value(
      await api['library.search']({
        query: 'visa',
        kinds: ['irritant'],
        partnerId: 'partner-mexico',
        marking: 'UNCLASSIFIED'
      })
    )
    expect(result.total).toBeGreaterThan(0)
    for (const hit of result.hits) {
      expect(hit.kind).toBe('irritant')
      expect(hit.item.marking).toBe('UNCLASSIFIED')
      expect('partnerIds' in hit.item && hit.item.partnerIds).toContain('partner-mexico')
      expect(hit.terms.length).toBeGreaterThan(0)
    }
  })
})
