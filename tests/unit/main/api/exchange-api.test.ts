import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeyMessage } from '@shared/entities'
import type { ApiTable } from '../../../../src/main/api'
import { openTestApi, tempDataDir, value } from './test-api'

let hq: { dir: string; remove: () => Promise<void> }
let mission: { dir: string; remove: () => Promise<void> }
let hqApi: ApiTable
let missionApi: ApiTable

beforeEach(async () => {
  hq = await tempDataDir()
  mission = await tempDataDir()
  hqApi = await openTestApi(hq.dir)
  missionApi = await openTestApi(mission.dir)
})
afterEach(async () => {
  await hq.remove()
  await mission.remove()
})

async function editMessage(api: ApiTable, en: string): Promise<KeyMessage> {
  const message = value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' })) as KeyMessage
  return value(
    await api['library.save']({ kind: 'keyMessage', item: { ...message, text: { ...message.text, en } } })
  ) as KeyMessage
}

describe('exchange through the api', () => {
  it('sends headquarters edits to a mission, settling a conflict, and the mission search learns them', async () => {
    await editMessage(hqApi, 'Headquarters wording.')
    await editMessage(missionApi, 'Mission wording.')
    const bundle = join(hq.dir, 'update.dossier')
    const exported = value(await hqApi['exchange.exportBundle']({ path: bundle, filter: { kinds: ['keyMessage'] } }))
    expect(exported.counts.keyMessage).toBeGreaterThan(0)

    const preview = value(await missionApi['exchange.previewBundle']({ path: bundle }))
    const conflict = preview.entries.find((entry) => entry.id === 'km-balanced-narrative')
    expect(conflict?.status).toBe('conflict')
    const unsettled = await missionApi['exchange.applyImport']({ previewId: preview.previewId, choices: {} })
    expect(unsettled).toMatchObject({ ok: false, error: { code: 'conflict' } })

    const applied = value(
      await missionApi['exchange.applyImport']({
        previewId: preview.previewId,
        choices: { 'keyMessage:km-balanced-narrative': 'theirs' }
      })
    )
    expect(applied.updated).toBe(1)
    const after = value(
      await missionApi['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' })
    ) as KeyMessage
    expect(after.text.en).toBe('Headquarters wording.')
    expect(after.history.map((entry) => entry.text.en)).toContain('Mission wording.')
    const found = value(await missionApi['library.search']({ query: 'headquarters wording' }))
    expect(found.hits.map((hit) => hit.item.id)).toContain('km-balanced-narrative')
  })

  it('refuses every file of the bad-input corpus in words, changing nothing', async () => {
    const corpus = join(process.cwd(), 'tests', 'fixtures', 'bad-inputs')
    const bundles = (await readdir(corpus)).filter((name) => name.endsWith('.dossier')).slice(0, 10)
    expect(bundles.length).toBeGreaterThan(0)
    for (const name of bundles) {
      const result = await missionApi['exchange.previewBundle']({ path: join(corpus, name) })
      expect(result.ok, name).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-file')
        expect(result.error.message).toContain(name)
      }
    }
  })

  it('reads a file that is not a Word document as a clear error, and saves chosen paragraphs as drafts', async () => {
    const notWord = join(process.cwd(), 'tests', 'fixtures', 'bad-inputs')
    const docx = (await readdir(notWord)).find((name) => name.endsWith('.docx'))
    const bad = await missionApi['exchange.readWord']({ paths: [join(notWord, docx ?? 'missing.docx')] })
    expect(bad).toMatchObject({ ok: false })
    const drafts = value(
      await missionApi['exchange.saveDrafts']({
        selections: [
          {
            text: 'Le Canada appuie la mobilité des jeunes.',
            kind: 'keyMessage',
            language: 'fr',
            partnerId: 'partner-mexico'
          }
        ]
      })
    )
    expect(drafts[0]).toMatchObject({ status: 'draft', version: 1 })
    const found = value(await missionApi['library.search']({ query: 'mobilite jeunes', statuses: ['draft'] }))
    expect(found.hits.map((hit) => hit.item.id)).toContain(drafts[0]?.id)
  })
})
