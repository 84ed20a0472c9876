import { cp, readdir, rm, stat, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import type { Store } from '../../../src/main/store/index'
import { brief, cleanTempDirs, keyMessage, makeTempDir, optionsFor, pkg, steppingClock } from './helpers'

afterEach(cleanTempDirs)

// Damage from outside after a fold: every file of the data folder in turn is cut to half, cut to
// nothing and removed, and the folder reopened. Every acknowledged save must still be there, and the user
// told of each repair.

const SAVES = 13
const JOURNALED = ['km-after-1', 'km-after-2', 'km-after-3']

async function folderAfterFolds(): Promise<string> {
  const dataDir = await makeTempDir()
  const store = await openStore(optionsFor(dataDir, { now: steppingClock(), journalLimit: 5 }))
  // Thirteen versions of one key message and twelve new ones (five folds), then three saves left in the journal.
  for (let save = 1; save <= SAVES; save++) {
    await store.library.put('keyMessage', { ...keyMessage('km-1'), title: { en: `Version ${save}`, fr: '' } })
    if (save > 1) await store.library.put('keyMessage', keyMessage(`km-${save}`))
  }
  for (const id of JOURNALED) await store.library.put('keyMessage', keyMessage(id))
  await store.briefs.put(brief('visit', 'Visit, final'))
  await store.packages.put(pkg('trip', ['visit']))
  await store.settings.update({ author: 'Officer Tremblay' })
  await store.flush()
  await releaseDataLock(dataDir)
  return dataDir
}

function lostSaves(store: Store): string[] {
  const lost: string[] = []
  if (store.library.get('keyMessage', 'km-1')?.title.en !== `Version ${SAVES}`) lost.push('km-1 version 13')
  for (let save = 2; save <= SAVES; save++) {
    if (!store.library.get('keyMessage', `km-${save}`)) lost.push(`km-${save}`)
  }
  for (const id of JOURNALED) if (!store.library.get('keyMessage', id)) lost.push(id)
  if (store.briefs.get('visit')?.title.en !== 'Visit, final') lost.push('brief visit')
  if (!store.packages.get('trip')) lost.push('package trip')
  if (store.settings.get().author !== 'Officer Tremblay') lost.push('author')
  return lost
}

async function dataFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir, { recursive: true })
  const files: string[] = []
  for (const name of names) {
    // Backups and kept-aside files are not the data; the lock is not there once released.
    if (/^(backups|recovered|logs)\b/.test(name)) continue
    if ((await stat(join(dataDir, name))).isFile()) files.push(name)
  }
  return files.sort()
}

const how = (keep: number | 'removed'): string => (keep === 'removed' ? 'removed' : `cut to ${keep * 100}%`)

describe('a data folder with a file cut short or removed after a fold', () => {
  it('loses no acknowledged save, whichever file is cut or removed', async () => {
    const original = await folderAfterFolds()
    const files = await dataFiles(original)
    // Four library files, the key messages' journal, a brief, packages and settings, each with its second copy.
    expect(files).toHaveLength(16)
    const outcomes: string[] = []
    for (const file of files) {
      for (const keep of [0.5, 0, 'removed'] as const) {
        const dataDir = await makeTempDir()
        await cp(original, dataDir, { recursive: true })
        const path = join(dataDir, file)
        if (keep === 'removed') await rm(path)
        else await truncate(path, Math.floor((await stat(path)).size * keep))
        const store = await openStore(optionsFor(dataDir, { now: steppingClock(Date.parse('2026-12-01T08:00:00Z')) }))
        const lost = lostSaves(store)
        if (lost.length > 0) outcomes.push(`${file} ${how(keep)}: lost ${lost.join(', ')}`)
        const silent =
          store.notices.length === 0 && !file.endsWith('.copy') && (await stat(join(original, file))).size > 0
        if (silent) outcomes.push(`${file} ${how(keep)}: repaired without a word`)
        await releaseDataLock(dataDir)
      }
    }
    expect(outcomes).toEqual([])
  }, 60_000)
})
