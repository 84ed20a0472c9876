import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiTable } from '../../../../src/main/api'
import { NOW, openTestApi, tempDataDir, testFileHost, value } from './test-api'
import type { TestFileHost } from './test-api'

let dataDir: { dir: string; remove: () => Promise<void> }
let api: ApiTable
let files: TestFileHost

const trip = {
  name: { en: 'Mexico City and Ottawa, spring 2027', fr: 'Mexico et Ottawa, printemps 2027' },
  startDate: '2027-02-15',
  endDate: '2027-03-17',
  marking: 'UNCLASSIFIED'
}

beforeEach(async () => {
  dataDir = await tempDataDir()
  files = testFileHost()
  api = await openTestApi(dataDir.dir, files)
})
afterEach(() => dataDir.remove())

describe('packages', () => {
  it('creates a package marked as high as its highest brief, and says so', async () => {
    const created = value(await api['packages.create']({ ...trip, briefIds: ['brief-mexico-asylum-capacity'] }))
    expect(created.package.id).toBe('package-2027-02-15-mexico-city-and-ottawa-spring-2027')
    expect(created.package.createdAt).toBe(NOW.toISOString())
    expect(created.markingRaised).toEqual({ from: 'UNCLASSIFIED', to: 'PROTECTED A' })
    expect(value(await api['packages.list']({})).map((pkg) => pkg.id)).toEqual([created.package.id])
  })

  it('reorders briefs, refuses one brief twice and a trip ending before it starts', async () => {
    const { package: pkg } = value(
      await api['packages.create']({ ...trip, briefIds: ['brief-mexico-asylum-capacity', 'brief-m5-senior-officials'] })
    )
    const reordered = value(await api['packages.save']({ package: { ...pkg, briefIds: [...pkg.briefIds].reverse() } }))
    expect(reordered.package.briefIds).toEqual(['brief-m5-senior-officials', 'brief-mexico-asylum-capacity'])
    const twice = await api['packages.save']({
      package: { ...pkg, briefIds: [pkg.briefIds[0] ?? '', pkg.briefIds[0] ?? ''] }
    })
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const backwards = await api['packages.create']({ ...trip, endDate: '2027-01-01' })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'endDate' }] } })
  })

  it('keeps a brief that a package holds from being deleted', async () => {
    value(await api['packages.create']({ ...trip, briefIds: ['brief-mexico-asylum-capacity'] }))
    expect(await api['briefs.delete']({ id: 'brief-mexico-asylum-capacity' })).toMatchObject({
      ok: false,
      error: { code: 'in-use' }
    })
  })

  it('deletes a package with undo', async () => {
    const { package: pkg } = value(await api['packages.create'](trip))
    const deleted = value(await api['packages.delete']({ id: pkg.id }))
    expect(value(await api['packages.list']({}))).toEqual([])
    expect(await api['packages.reinstate']({ package: deleted } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    expect(value(await api['packages.reinstate']({ id: deleted.id }))).toEqual(pkg)
  })

  it('explains in words a save to a folder that does not exist, writing nothing', async () => {
    files.saveTo = `${dataDir.dir}/no-such-folder/brief.docx`
    const result = await api['export.brief']({ briefId: 'brief-mexico-asylum-capacity', language: 'en' })
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    if (!result.ok) expect(result.error.message).toContain('that folder does not exist')
  })

  it('refuses to export an empty package, in words', async () => {
    const { package: pkg } = value(await api['packages.create'](trip))
    files.saveTo = `${dataDir.dir}/x.docx`
    const result = await api['export.package']({ packageId: pkg.id, format: 'docx', language: 'en' })
    expect(result).toMatchObject({ ok: false, error: { code: 'export-blocked' } })
    // Refused before the save dialog opened.
    expect(files.suggested).toEqual([])
  })

  it('refuses a French or bilingual export of a package named in English only, and exports it in English', async () => {
    const named = { ...trip, name: { en: 'Spring trip', fr: '' }, briefIds: ['brief-mexico-asylum-capacity'] }
    const { package: pkg } = value(await api['packages.create'](named))
    files.saveTo = `${dataDir.dir}/x.docx`
    for (const language of ['fr', 'bilingual'] as const) {
      const result = await api['export.package']({ packageId: pkg.id, format: 'docx', language })
      expect(result).toMatchObject({ ok: false, error: { code: 'export-blocked' } })
      if (!result.ok) expect(result.error.message).toContain('no French name')
    }
    expect(files.suggested).toEqual([])
    expect(value(await api['export.package']({ packageId: pkg.id, format: 'docx', language: 'en' }))).toMatchObject({
      path: `${dataDir.dir}/x.docx`
    })
  })

  it('suggests a name made in the main process, in the interface language for a bilingual file', async () => {
    files.saveTo = `${dataDir.dir}/chosen.docx`
    const exported = value(await api['export.brief']({ briefId: 'brief-mexico-asylum-capacity', language: 'fr' }))
    expect(exported).toMatchObject({ path: `${dataDir.dir}/chosen.docx` })
    value(await api['settings.update']({ uiLanguage: 'fr' }))
    files.saveTo = null
    expect(
      value(await api['export.brief']({ briefId: 'brief-mexico-asylum-capacity', language: 'bilingual' }))
    ).toBeNull()
    // The bilingual file is told apart from the French one, which it would otherwise write over.
    expect(files.suggested).toEqual([
      "2027-02-17 Mexique - Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière d'asile.docx",
      '2027-02-17 Mexique - Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière - bilingue.docx'
    ])
  })
})
