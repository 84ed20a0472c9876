import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { recordTranslation, textsToUpdate } from '@shared/align-records'
import type { Brief, BriefItem, KeyMessage } from '@shared/entities'
import { textFingerprint } from '@shared/fingerprint'
import { textState } from '@shared/translation'
import type { ApiTable } from '../../../../src/main/api'
import { openTestApi, tempDataDir, testFileHost, value } from './test-api'
import type { TestFileHost } from './test-api'

// The save rule for translations, through the api the window uses: what the main process
// decides when only one language of a text changes, and where that shows.

const MESSAGE = 'km-capacity-building'
const BRIEF = 'brief-mexico-asylum-capacity'

let dataDir: { dir: string; remove: () => Promise<void> }
let files: TestFileHost
let api: ApiTable

beforeEach(async () => {
  dataDir = await tempDataDir()
  files = testFileHost()
  api = await openTestApi(dataDir.dir, files)
})
afterEach(() => dataDir.remove())

const getMessage = async (): Promise<KeyMessage> =>
  value(await api['library.get']({ kind: 'keyMessage', id: MESSAGE })) as KeyMessage

async function saveMessage(change: (message: KeyMessage) => Partial<KeyMessage>): Promise<KeyMessage> {
  const message = await getMessage()
  const { history: _h, version, updatedAt: _a, updatedBy: _b, ...content } = message
  const item = { ...content, ...change(message) }
  return value(await api['library.save']({ kind: 'keyMessage', item, expectedVersion: version } as never)) as KeyMessage
}

const approve = () => saveMessage(() => ({ status: 'approved' }))
const editEnglish = (en: string) => saveMessage((message) => ({ text: { en, fr: message.text.fr } }))

describe('library items', () => {
  it('an English-only edit leaves the French needing an update, however the window sends the text', async () => {
    const approved = await approve()
    expect(textState(approved.text)).toBe('in-step')
    const edited = await editEnglish('Canada funds practical asylum capacity projects with partners.')
    expect(textState(edited.text)).toBe('fr-needs-update')
    expect(edited.status).toBe('approved')
    // A window that drops the record (or forges one) changes nothing: the app works it out.
    const resent = await saveMessage((message) => ({ text: { en: `${message.text.en} Again.`, fr: message.text.fr } }))
    expect(textState(resent.text)).toBe('fr-needs-update')
    const claimsInStep = (text: { en: string; fr: string }) => ({
      ...text,
      aligned: { en: textFingerprint(text.en), fr: textFingerprint(text.fr) }
    })
    const forged = await saveMessage((message) => ({ owner: 'Someone', text: claimsInStep(message.text) }))
    expect(forged.owner).toBe('Someone')
    expect(textState(forged.text)).toBe('fr-needs-update')
  })

  it('editing both languages clears the mark', async () => {
    await approve()
    await editEnglish('Canada funds practical projects.')
    const both = await saveMessage(() => ({
      text: { en: 'Canada funds practical projects.', fr: 'Le Canada finance des projets concrets.' }
    }))
    expect(textState(both.text)).toBe('in-step')
    expect(both.text.aligned).toBeUndefined()
  })

  it('"still matches" clears the mark as a version of its own, and does nothing when nothing is out of step', async () => {
    await approve()
    const edited = await editEnglish('Canada funds practical projects.')
    const confirmed = value(
      await api['library.confirmTranslation']({ kind: 'keyMessage', id: MESSAGE, expectedVersion: edited.version })
    ) as KeyMessage
    expect(textState(confirmed.text)).toBe('in-step')
    expect(confirmed.version).toBe(edited.version + 1)
    expect(confirmed.history.at(-1)).toMatchObject({ version: edited.version, text: { en: edited.text.en } })
    expect(confirmed.text.en).toBe(edited.text.en)
    const again = value(await api['library.confirmTranslation']({ kind: 'keyMessage', id: MESSAGE }))
    expect(again.version).toBe(confirmed.version)
    const stale = await api['library.confirmTranslation']({ kind: 'keyMessage', id: MESSAGE, expectedVersion: 1 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('is found by its own filter and in Needs review', async () => {
    await approve()
    const before = value(await api['library.search']({ translation: ['needs-update'] }))
    expect(before.total).toBe(0)
    const due = value(await api['library.search']({ needsReview: true }))
    expect(due.hits.map((hit) => hit.item.id)).not.toContain(MESSAGE)
    await editEnglish('Canada funds practical projects.')
    const after = value(await api['library.search']({ translation: ['needs-update'] }))
    expect(after.hits.map((hit) => hit.item.id)).toEqual([MESSAGE])
    expect(value(await api['library.search']({ needsReview: true })).hits.map((hit) => hit.item.id)).toContain(MESSAGE)
  })

  it('restoring an earlier English alone is an edit like any other', async () => {
    await approve()
    const edited = await saveMessage(() => ({ text: { en: 'New English.', fr: 'Nouveau français.' } }))
    const restored = value(
      await api['library.restoreVersion']({
        kind: 'keyMessage',
        id: MESSAGE,
        version: 1,
        expectedVersion: edited.version
      })
    ) as KeyMessage
    expect(textState(restored.text)).toBe('in-step')
    const englishOnly = await editEnglish('Only the English moved.')
    expect(textState(englishOnly.text)).toBe('fr-needs-update')
  })
})

function itemOf(brief: Brief, id: string): BriefItem {
  const found = brief.sections.flatMap((section) => section.items).find((item) => item.id === id)
  if (!found) throw new Error(`No item ${id}`)
  return found
}

function withItem(brief: Brief, id: string, change: (item: BriefItem) => BriefItem): Brief {
  return {
    ...brief,
    sections: brief.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.id === id ? change(item) : item))
    }))
  }
}

async function placedMessageId(): Promise<string> {
  const brief = value(await api['briefs.get']({ id: BRIEF }))
  const item = brief.sections
    .flatMap((section) => section.items)
    .find((each) => each.type === 'library' && each.itemId === MESSAGE)
  if (!item) throw new Error('The example brief no longer holds the key message.')
  return item.id
}

async function exportBrief(language: 'en' | 'fr' | 'bilingual') {
  files.saveTo = join(dataDir.dir, `brief-${language}.docx`)
  return api['export.brief']({ briefId: BRIEF, language })
}

describe('texts in a brief', () => {
  it("an English-only edit of an item's text in the brief blocks a French or bilingual export until the French is fixed or confirmed", async () => {
    const itemId = await placedMessageId()
    const brief = value(await api['briefs.get']({ id: BRIEF }))
    const placed = itemOf(brief, itemId)
    if (placed.type !== 'library') throw new Error('expected a library item')
    const message = await getMessage()
    const edited = withItem(brief, itemId, (item) => ({
      ...item,
      override: { en: 'Canada backs asylum capacity in Mexico.', fr: message.text.fr }
    }))
    const saved = value(await api['briefs.save']({ brief: edited, expectedUpdatedAt: brief.updatedAt })).brief
    const override = (itemOf(saved, itemId) as { override: { en: string; fr: string } | null }).override
    expect(override && textState(override)).toBe('fr-needs-update')

    const french = await exportBrief('fr')
    expect(french).toMatchObject({ ok: false, error: { code: 'export-blocked' } })
    if (!french.ok) expect(french.error.message).toContain('translation-out-of-step')
    expect(await exportBrief('bilingual')).toMatchObject({ ok: false, error: { code: 'export-blocked' } })
    // An English document prints the newer English: nothing wrong in it.
    expect((await exportBrief('en')).ok).toBe(true)

    const confirmed = value(
      await api['briefs.save']({ brief: saved, expectedUpdatedAt: saved.updatedAt, confirmTranslations: [itemId] })
    ).brief
    const after = (itemOf(confirmed, itemId) as { override: { en: string; fr: string } | null }).override
    expect(after && textState(after)).toBe('in-step')
    expect((await exportBrief('fr')).ok).toBe(true)
  })

  it('a placed item whose library text went out of step shows it once the brief takes the new text, and a library confirmation clears it', async () => {
    const itemId = await placedMessageId()
    await approve()
    await editEnglish('Canada funds practical projects.')
    // The brief still prints the text it copied, in step in both languages.
    expect((await exportBrief('fr')).ok).toBe(true)
    const opened = value(await api['briefs.open']({ id: BRIEF }))
    const latest = (await getMessage()).version
    const taken = withItem(opened.brief, itemId, (item) => ({ ...item, placedVersion: latest }) as BriefItem)
    value(await api['briefs.save']({ brief: taken, expectedUpdatedAt: opened.brief.updatedAt }))
    expect(await exportBrief('fr')).toMatchObject({ ok: false, error: { code: 'export-blocked' } })
    value(await api['library.confirmTranslation']({ kind: 'keyMessage', id: MESSAGE }))
    expect((await exportBrief('fr')).ok).toBe(true)
  })

  it('editing the French of a placed item the library has out of step brings the brief copy in step', async () => {
    const itemId = await placedMessageId()
    await approve()
    const edited = await editEnglish('Canada funds practical projects.')
    const opened = value(await api['briefs.open']({ id: BRIEF }))
    const taken = withItem(
      opened.brief,
      itemId,
      (item) =>
        ({
          ...item,
          placedVersion: edited.version,
          override: { en: edited.text.en, fr: 'Le Canada finance des projets concrets.' }
        }) as BriefItem
    )
    const saved = value(await api['briefs.save']({ brief: taken, expectedUpdatedAt: opened.brief.updatedAt })).brief
    expect(textsToUpdate(saved)).toEqual([])
  })
})

describe('bundles and Word paragraphs', () => {
  it('a bundle carries a text that needs updating to the library that imports it', async () => {
    await approve()
    await editEnglish('Canada funds practical projects.')
    const bundle = join(dataDir.dir, 'out.dossier')
    files.saveTo = bundle
    value(await api['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } }))

    const other = await tempDataDir()
    try {
      const otherFiles = testFileHost()
      const otherApi = await openTestApi(other.dir, otherFiles)
      otherFiles.openFrom = [bundle]
      const preview = value(await otherApi['exchange.previewBundle']({}))
      if (!preview) throw new Error('The preview was cancelled.')
      value(await otherApi['exchange.applyImport']({ previewId: preview.previewId, choices: {}, acceptUnsigned: true }))
      const imported = value(await otherApi['library.get']({ kind: 'keyMessage', id: MESSAGE })) as KeyMessage
      expect(imported.text.en).toBe('Canada funds practical projects.')
      expect(textState(imported.text)).toBe('fr-needs-update')
    } finally {
      await other.remove()
    }
  })

  it('paragraphs taken from Word become one-language drafts, not texts needing an update', async () => {
    const drafts = value(
      await api['exchange.saveDrafts']({
        selections: [{ text: 'Canada supports youth mobility.', kind: 'keyMessage', language: 'en' }]
      })
    )
    expect(drafts[0]?.status).toBe('draft')
    expect(textState((drafts[0] as KeyMessage).text)).toBe('fr-missing')
    expect(recordTranslation(drafts[0])).toMatchObject({ needsUpdate: [], missing: ['fr'] })
    const oneLanguage = value(await api['library.search']({ translation: ['one-language'], statuses: ['draft'] }))
    expect(oneLanguage.hits.map((hit) => hit.item.id)).toContain(drafts[0]?.id)
  })
})
