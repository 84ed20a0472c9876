import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/index'
import { fileStamp } from '../../../src/main/store/timestamp'
import { brief, cleanTempDirs, makeTempDir, optionsFor } from './helpers'

afterEach(cleanTempDirs)

// Copies of damaged files kept in recovered/ hold briefing text; a month after the repair they are
// removed at the next writable open, and the user is told how many went.

const NOW = new Date('2026-11-26T07:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000

const stampDaysAgo = (days: number, extraMs = 0): string => fileStamp(new Date(NOW.getTime() - days * DAY - extraMs))

async function put(dataDir: string, relPath: string, text = 'damaged'): Promise<void> {
  const path = join(dataDir, ...relPath.split('/'))
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

async function recoveredFiles(dataDir: string): Promise<string[]> {
  const entries = await readdir(join(dataDir, 'recovered'), { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(join(dataDir, 'recovered').length + 1))
    .sort()
}

describe('copies of damaged files kept in recovered/', () => {
  it('are removed at start once more than 30 days old, with a notice; younger ones and the notices list stay', async () => {
    const dataDir = await makeTempDir()
    const old = [
      `library/partners.json.${stampDaysAgo(31)}.corrupt`,
      `library/key-messages.journal.jsonl.${stampDaysAgo(45)}-1.torn`,
      `briefs/visit.json.${stampDaysAgo(30, 1)}.corrupt`
    ]
    const young = [
      `library/partners.json.${stampDaysAgo(29)}.corrupt`,
      `library/irritants.json.${stampDaysAgo(30)}.corrupt`,
      'my-notes.txt'
    ]
    for (const relPath of [...old, ...young]) await put(dataDir, `recovered/${relPath}`)
    await put(dataDir, 'recovered/notices.json', '[]')

    const store = await openStore(optionsFor(dataDir, { now: () => NOW }))
    expect(await recoveredFiles(dataDir)).toEqual([...young, 'notices.json'].sort())
    // briefs/ held only an old copy, so it went with it.
    expect(await readdir(join(dataDir, 'recovered'))).not.toContain('briefs')
    const notice = store.notices.find((each) => each.code === 'old-recovered-removed')
    expect(notice).toMatchObject({ params: { count: '3', days: '30' } })
    expect(notice?.message).toContain('3 copies of damaged files')
  })

  it('says nothing when none is old enough, and keeps what this very open set aside', async () => {
    const dataDir = await makeTempDir()
    const first = await openStore(optionsFor(dataDir, { now: () => new Date(NOW.getTime() - DAY) }))
    await first.briefs.put(brief('visit'))
    await first.flush()
    await put(dataDir, 'briefs/visit.json', '{"schemaVersion":1,"brief":')
    await put(dataDir, `recovered/library/partners.json.${stampDaysAgo(2)}.corrupt`)

    const store = await openStore(optionsFor(dataDir, { now: () => NOW }))
    expect(store.notices.map((notice) => notice.code)).toEqual(['restored-from-copy'])
    expect(await recoveredFiles(dataDir)).toEqual([
      `briefs/visit.json.${fileStamp(NOW)}.corrupt`,
      `library/partners.json.${stampDaysAgo(2)}.corrupt`,
      'notices.json'
    ])
  })

  it('are left alone by a read-only open', async () => {
    const dataDir = await makeTempDir()
    await openStore(optionsFor(dataDir, { now: () => NOW }))
    const kept = `library/partners.json.${stampDaysAgo(90)}.corrupt`
    await put(dataDir, `recovered/${kept}`)
    const store = await openStore(optionsFor(dataDir, { now: () => NOW, readOnly: true }))
    expect(store.notices).toEqual([])
    expect(await recoveredFiles(dataDir)).toEqual([kept])
  })
})
