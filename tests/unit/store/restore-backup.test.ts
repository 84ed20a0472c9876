import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { restoreScope } from '@shared/operations'
import { openStore } from '../../../src/main/store/index'
import type { Store } from '../../../src/main/store/index'
import { brief, cleanTempDirs, keyMessage, makeTempDir, optionsFor, partner, steppingClock } from './helpers'

afterEach(cleanTempDirs)

/** A folder whose second start backed up Mexico and the brief "visit"; the content then moved on. */
async function folderThatMovedOn(): Promise<{ dataDir: string; store: Store; backup: string }> {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, { now: steppingClock() })
  const first = await openStore(options)
  await first.library.put('partner', partner('mexico', 'Mexico'))
  await first.briefs.put(brief('visit', 'Visit'))
  await first.flush()
  const store = await openStore(options)
  const backup = (await store.backups())[0]!.name
  await store.library.put('partner', partner('mexico', 'Mexico, renamed'))
  await store.library.put('partner', partner('france', 'France'))
  await store.briefs.put(brief('later', 'Later'))
  await store.settings.update({ author: 'Officer Tremblay' })
  return { dataDir, store, backup }
}

async function folderFiles(dataDir: string): Promise<Record<string, string>> {
  const names = (await readdir(dataDir, { recursive: true })).filter((name) => /\.json(l)?(\.copy)?$/.test(name))
  const files: Record<string, string> = {}
  for (const name of names.sort()) files[name] = await readFile(join(dataDir, name), 'utf8')
  return files
}

describe('restoring a backup', () => {
  it('puts the content back as it was, keeps the settings, and keeps the present content first', async () => {
    const { dataDir, store, backup } = await folderThatMovedOn()
    // Mexico was saved in the first session: the second start backed it up in the journal it left to grow.
    const backedUp = await readdir(join(dataDir, 'backups', backup, 'library'))
    expect(backedUp).toContain('partners.journal.jsonl')
    const { store: restored, keptAs } = await store.restoreBackup(backup)

    expect(restored.library.get('partner', 'mexico')?.name.en).toBe('Mexico')
    expect(restored.library.get('partner', 'france')).toBeUndefined()
    expect(restored.briefs.get('visit')?.title.en).toBe('Visit')
    expect(restored.briefs.get('later')).toBeUndefined()
    // Settings are not content: the author stays who they are.
    expect(restored.settings.get().author).toBe('Officer Tremblay')
    expect(keptAs).toMatch(/-before-restore$/)
    expect((await restored.backups()).find((entry) => entry.name === keptAs)?.kind).toBe('before-restore')

    // The backup made first holds every acknowledged save, so the restore itself can be undone.
    const { store: undone } = await restored.restoreBackup(keptAs)
    expect(undone.library.get('partner', 'mexico')?.name.en).toBe('Mexico, renamed')
    expect(undone.library.get('partner', 'france')?.name.en).toBe('France')
    expect(undone.briefs.get('later')?.title.en).toBe('Later')
  })

  it('puts back the library alone from a backup made before an import', async () => {
    const { store } = await folderThatMovedOn()
    const { backup } = await store.library.applyBatch([{ kind: 'keyMessage', item: keyMessage('km-imported') }], {
      backup: { at: new Date('2026-11-27T10:00:00Z'), label: 'before import' }
    })
    await store.briefs.put(brief('after-import', 'After the import'))
    const { store: restored } = await store.restoreBackup(backup!)

    expect(restored.library.get('keyMessage', 'km-imported')).toBeUndefined()
    expect(restored.library.get('partner', 'mexico')?.name.en).toBe('Mexico, renamed')
    expect(restored.briefs.get('after-import')?.title.en).toBe('After the import')
  })

  it('refuses a damaged backup and changes nothing, not even the backups', async () => {
    const { dataDir, store, backup } = await folderThatMovedOn()
    await store.flush()
    await writeFile(join(dataDir, 'backups', backup, 'briefs', 'visit.json'), '{"schemaVersion":4,"brief":{"id":')
    const before = await folderFiles(dataDir)
    const backups = await store.backups()

    await expect(store.restoreBackup(backup)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('briefs/visit.json') as unknown
    })
    expect(await folderFiles(dataDir)).toEqual(before)
    expect(await store.backups()).toEqual(backups)
    expect(await readdir(dataDir)).not.toContain('.restoring')
    // The store goes on saving.
    await store.library.put('partner', partner('chile', 'Chile'))
    expect(store.library.get('partner', 'chile')).toBeDefined()
  })

  it('refuses a backup whose journal is damaged, naming it, and changes nothing', async () => {
    const { dataDir, store, backup } = await folderThatMovedOn()
    await store.flush()
    const journal = join(dataDir, 'backups', backup, 'library', 'partners.journal.jsonl')
    await writeFile(journal, `${(await readFile(journal, 'utf8')).replace('"mexico"', '"Mexico!"')}`)
    const before = await folderFiles(dataDir)

    await expect(store.restoreBackup(backup)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('library/partners.journal.jsonl') as unknown
    })
    expect(await folderFiles(dataDir)).toEqual(before)
  })

  it.each(['../library', 'no-such-backup', ''])(
    'refuses a name that is not a backup of the folder: %j',
    async (name) => {
      const { store } = await folderThatMovedOn()
      await expect(store.restoreBackup(name)).rejects.toMatchObject({ code: 'invalid-input' })
      expect(store.library.get('partner', 'france')).toBeDefined()
    }
  )

  it.each([
    ['start-up', 'content'],
    ['before-restore', 'content'],
    ['before-import', 'library'],
    // A label this version does not know: never taken to hold the briefs, so none is removed.
    ['other', 'library']
  ] as const)('takes a %s backup to hold the %s', (kind, scope) => {
    expect(restoreScope(kind)).toBe(scope)
  })
})
