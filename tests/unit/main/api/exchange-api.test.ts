import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeyMessage } from '@shared/entities'
import type { ApiTable } from '../../../../src/main/api'
import { openTestApi, tempDataDir, testFileHost, value } from './test-api'
import type { TestFileHost } from './test-api'

let hq: { dir: string; remove: () => Promise<void> }
let mission: { dir: string; remove: () => Promise<void> }
let hqApi: ApiTable
let missionApi: ApiTable
let hqFiles: TestFileHost
let missionFiles: TestFileHost

beforeEach(async () => {
  hq = await tempDataDir()
  mission = await tempDataDir()
  hqFiles = testFileHost()
  missionFiles = testFileHost()
  hqApi = await openTestApi(hq.dir, hqFiles)
  missionApi = await openTestApi(mission.dir, missionFiles)
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
    // Headquarters signs; the mission trusts its key, read from the file headquarters exported.
    const hqKeys = value(await hqApi['keys.create']({ name: 'IRCC International Affairs, Ottawa' }))
    hqFiles.saveTo = join(hq.dir, 'hq.dossier-key')
    value(await hqApi['keys.exportPublic']({}))
    missionFiles.openFrom = [join(hq.dir, 'hq.dossier-key')]
    const offer = value(await missionApi['keys.openPublic']({}))
    expect(offer).toMatchObject({ name: 'IRCC International Affairs, Ottawa', state: 'new' })
    expect(offer?.fingerprint).toBe(hqKeys.identity?.fingerprint)
    value(await missionApi['keys.trust']({ offerId: offer!.offerId }))

    await editMessage(hqApi, 'Headquarters wording.')
    await editMessage(missionApi, 'Mission wording.')
    const bundle = join(hq.dir, 'update.dossier')
    hqFiles.saveTo = bundle
    const exported = value(await hqApi['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } }))
    expect(exported?.counts.keyMessage).toBeGreaterThan(0)
    expect(exported?.signer).toEqual({
      name: 'IRCC International Affairs, Ottawa',
      fingerprint: hqKeys.identity?.fingerprint
    })
    // The name is the main process's, with the bundle's marking: the window only asked for a bundle.
    expect(hqFiles.suggested).toEqual([
      'IRCC International Affairs, Ottawa.dossier-key',
      `dossier-library-2026-11-26-${exported!.marking.replace(' ', '-')}.dossier`
    ])

    missionFiles.openFrom = [bundle]
    const preview = value(await missionApi['exchange.previewBundle']({}))
    if (preview === null) throw new Error('The preview was cancelled.')
    expect(preview.fileName).toBe('update.dossier')
    expect(preview.signer).toEqual({
      status: 'trusted',
      name: 'IRCC International Affairs, Ottawa',
      fingerprint: hqKeys.identity?.fingerprint
    })
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

  it('refuses to trust a second key under the name of a trusted publisher, or of this office', async () => {
    value(await hqApi['keys.create']({ name: 'HQ Ottawa' }))
    hqFiles.saveTo = join(hq.dir, 'hq.dossier-key')
    value(await hqApi['keys.exportPublic']({}))
    // Anyone can make a key and call it what they like.
    const impostor = await tempDataDir()
    try {
      const impostorFiles = testFileHost()
      const impostorApi = await openTestApi(impostor.dir, impostorFiles)
      value(await impostorApi['keys.create']({ name: 'hq  OTTAWA' }))
      impostorFiles.saveTo = join(impostor.dir, 'impostor.dossier-key')
      value(await impostorApi['keys.exportPublic']({}))
      value(await missionApi['keys.create']({ name: 'Mission Bogotá' }))

      missionFiles.openFrom = [join(hq.dir, 'hq.dossier-key')]
      value(await missionApi['keys.trust']({ offerId: value(await missionApi['keys.openPublic']({}))!.offerId }))
      missionFiles.openFrom = [join(impostor.dir, 'impostor.dossier-key')]
      const offer = value(await missionApi['keys.openPublic']({}))!
      const refused = await missionApi['keys.trust']({ offerId: offer.offerId })
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          message: expect.stringContaining('already trusts another key named "HQ Ottawa"')
        }
      })

      const mimic = await tempDataDir()
      try {
        const mimicFiles = testFileHost()
        const mimicApi = await openTestApi(mimic.dir, mimicFiles)
        value(await mimicApi['keys.create']({ name: 'Mission Bogota' }))
        mimicFiles.saveTo = join(mimic.dir, 'mimic.dossier-key')
        value(await mimicApi['keys.exportPublic']({}))
        missionFiles.openFrom = [join(mimic.dir, 'mimic.dossier-key')]
        const own = value(await missionApi['keys.openPublic']({}))!
        expect(await missionApi['keys.trust']({ offerId: own.offerId })).toMatchObject({
          ok: false,
          error: { message: expect.stringContaining("this office's own publisher name") }
        })
      } finally {
        await mimic.remove()
      }
      expect(value(await missionApi['keys.list']({})).trusted.map((signer) => signer.name)).toEqual(['HQ Ottawa'])
    } finally {
      await impostor.remove()
    }
  })

  it('refuses every file of the bad-input corpus in words, changing nothing', async () => {
    const corpus = join(process.cwd(), 'tests', 'fixtures', 'bad-inputs')
    const bundles = (await readdir(corpus)).filter((name) => name.endsWith('.dossier')).slice(0, 10)
    expect(bundles.length).toBeGreaterThan(0)
    for (const name of bundles) {
      missionFiles.openFrom = [join(corpus, name)]
      const result = await missionApi['exchange.previewBundle']({})
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
    missionFiles.openFrom = [join(notWord, docx ?? 'missing.docx')]
    const bad = await missionApi['exchange.readWord']({})
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

  it('asks the host where, and answers nothing when the user cancels, writing and reading nothing', async () => {
    hqFiles.saveTo = null
    expect(value(await hqApi['exchange.exportBundle']({}))).toBeNull()
    expect(await readdir(hq.dir)).not.toContain('update.dossier')
    missionFiles.openFrom = []
    expect(value(await missionApi['exchange.previewBundle']({}))).toBeNull()
    expect(value(await missionApi['exchange.readWord']({}))).toEqual([])
  })

  it('refuses a request that names a file, and shows only files this session wrote', async () => {
    const named = await hqApi['exchange.previewBundle']({ path: '/etc/passwd' } as never)
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await hqApi['files.showInFolder']({ fileId: 'made-up' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    hqFiles.saveTo = join(hq.dir, 'shown.dossier')
    const exported = value(await hqApi['exchange.exportBundle']({}))
    value(await hqApi['files.showInFolder']({ fileId: exported?.fileId ?? '' }))
    expect(hqFiles.shown).toEqual([join(hq.dir, 'shown.dossier')])
    // Another opening of the api (another session) never wrote it.
    expect(await missionApi['files.showInFolder']({ fileId: exported?.fileId ?? '' })).toMatchObject({ ok: false })
  })

  it('refuses more than one bundle, or more Word files than one import reads', async () => {
    missionFiles.openFrom = ['/a.dossier', '/b.dossier']
    expect(await missionApi['exchange.previewBundle']({})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    missionFiles.openFrom = Array.from({ length: 51 }, (_, index) => `/w${index}.docx`)
    expect(await missionApi['exchange.readWord']({})).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
