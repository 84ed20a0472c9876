import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, SCHEMA_VERSION, StoreError } from '../../../src/main/store/index'
import { openStoreWith } from '../../../src/main/store/open-store'
import { cleanTempDirs, makeTempDir, optionsFor, partner, steppingClock } from './helpers'

afterEach(cleanTempDirs)

/** A data version only a later Dossier writes. */
const NEWER = SCHEMA_VERSION + 1

describe('schema versions', () => {
  it('refuses data written by a newer Dossier and leaves the file untouched', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await (await openStore(options)).library.put('partner', partner('mexico'))
    const partnersPath = join(dataDir, 'library', 'partners.json')
    const newer = JSON.stringify({ schemaVersion: NEWER, items: [{ id: 'mexico', shape: 'from the future' }] })
    await writeFile(partnersPath, newer)
    const backupsBefore = await readdir(join(dataDir, 'backups'))

    const opening = openStore(options)
    await expect(opening).rejects.toBeInstanceOf(StoreError)
    await expect(opening).rejects.toMatchObject({
      code: 'data-too-new',
      message: `This data folder was written by a newer version of Dossier (data version ${NEWER}; this version reads up to ${SCHEMA_VERSION}). Update Dossier, or start it with another data folder.`
    })
    expect(await readFile(partnersPath, 'utf8')).toBe(newer)
    expect(await readdir(join(dataDir, 'backups'))).toEqual(backupsBefore)
    expect(await readdir(dataDir)).not.toContain('recovered')
  })

  it('refuses a newer brief file before repairing anything else', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await openStore(options)
    await writeFile(join(dataDir, 'briefs', 'later.json'), JSON.stringify({ schemaVersion: NEWER, brief: {} }))
    await writeFile(join(dataDir, 'library', 'irritants.json'), '{"cut')
    await expect(openStore(options)).rejects.toMatchObject({ code: 'data-too-new' })
    expect(await readFile(join(dataDir, 'library', 'irritants.json'), 'utf8')).toBe('{"cut')
  })

  it('upgrades an older file at open, keeping the original in the backup', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await (await openStore(options)).library.put('partner', partner('mexico', 'Old name'))
    // The next data version, in this test, renames every partner; today's files must be upgraded.
    const versioning = {
      current: NEWER,
      steps: [
        {
          from: SCHEMA_VERSION,
          to: NEWER,
          migrate: (data: unknown) => {
            const doc = data as { items?: Array<{ name: { en: string } }> }
            return doc.items
              ? {
                  ...doc,
                  items: doc.items.map((item) => ({ ...item, name: { ...item.name, en: `${item.name.en} (next)` } }))
                }
              : doc
          }
        }
      ]
    }

    const store = await openStoreWith(options, versioning)

    expect(store.library.get('partner', 'mexico')?.name.en).toBe('Old name (next)')
    const onDisk = JSON.parse(await readFile(join(dataDir, 'library', 'partners.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(NEWER)
    expect(onDisk.items[0].name.en).toBe('Old name (next)')
    const backups = (await readdir(join(dataDir, 'backups'))).sort()
    const inBackup = JSON.parse(
      await readFile(join(dataDir, 'backups', backups.at(-1)!, 'library', 'partners.json'), 'utf8')
    )
    expect(inBackup).toMatchObject({ schemaVersion: SCHEMA_VERSION, items: [{ name: { en: 'Old name' } }] })
    await store.settings.update({ author: 'A' })
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).schemaVersion).toBe(NEWER)
  })

  it('treats a file without a schemaVersion as damaged', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await openStore(options)
    await writeFile(join(dataDir, 'packages.json'), JSON.stringify({ items: [] }))
    const store = await openStore(options)
    expect(store.notices.map((n) => [n.code, n.params.file])).toEqual([['restored-from-copy', 'packages.json']])
  })
})
