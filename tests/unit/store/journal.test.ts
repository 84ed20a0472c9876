import { appendFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/index'
import {
  cleanTempDirs,
  keyMessage,
  makeTempDir,
  optionsFor,
  partner,
  steppingClock,
  tinyDefaultLibrary
} from './helpers'

afterEach(cleanTempDirs)

const FIRST_OPEN = '2026-11-26T06-50-01-123Z'
const SECOND_OPEN = '2026-11-26T06-51-01-123Z'
const JOURNAL = 'library/partners.journal.jsonl'

const path = (dataDir: string, relPath: string): string => join(dataDir, ...relPath.split('/'))
const line = (entry: unknown): string => `${JSON.stringify(entry)}\n`

async function journalEntries(dataDir: string, relPath = JOURNAL): Promise<unknown[]> {
  const text = await readFile(path(dataDir, relPath), 'utf8')
  expect(text === '' || text.endsWith('\n')).toBe(true)
  return text
    .split('\n')
    .filter((entry) => entry !== '')
    .map((entry) => JSON.parse(entry) as unknown)
}

/** A folder opened once (its files written), with the partners journal replaced by `journal`. */
/** Cuts the partners' file and its second copy alike, so only a backup can give them back. */
async function damagePartnersWithCopy(dataDir: string): Promise<void> {
  for (const name of ['partners.json', 'partners.json.copy']) {
    await writeFile(path(dataDir, `library/${name}`), '{"schemaVersion":1,"items":[{"id":"mex')
  }
}

async function folderWithJournal(journal: string | Buffer) {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, { now: steppingClock() })
  await openStore(options)
  await writeFile(path(dataDir, JOURNAL), journal)
  return { dataDir, options }
}

describe('library saves through the journal', () => {
  it('appends one line per put, leaves the file untouched, and the put survives a reopen', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    const store = await openStore(options)
    const fileBefore = await readFile(path(dataDir, 'library/partners.json'))

    await store.library.put('partner', partner('mexico', 'Mexico'))

    expect(await readFile(path(dataDir, 'library/partners.json'))).toEqual(fileBefore)
    expect(await journalEntries(dataDir)).toEqual([{ op: 'put', item: partner('mexico', 'Mexico') }])
    const reopened = await openStore(options)
    expect(reopened.library.list('partner')).toEqual([partner('mexico', 'Mexico')])
    // A sound journal is left as it is (the start rewrites no collection), and saves go on after it,
    // in the journal and its copy alike.
    expect(await readFile(path(dataDir, 'library/partners.json'))).toEqual(fileBefore)
    await reopened.library.put('partner', partner('france', 'France'))
    expect(await journalEntries(dataDir)).toEqual([
      { op: 'put', item: partner('mexico', 'Mexico') },
      { op: 'put', item: partner('france', 'France') }
    ])
    expect(await readFile(path(dataDir, `${JOURNAL}.copy`))).toEqual(await readFile(path(dataDir, JOURNAL)))
    const third = await openStore(options)
    expect(third.library.list('partner')).toEqual([partner('mexico', 'Mexico'), partner('france', 'France')])
  })

  it('folds a kept journal in at its limit, counting the saves earlier sessions left in it', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 3 })
    await (await openStore(options)).library.put('partner', partner('p-1'))
    const second = await openStore(options)
    await second.library.put('partner', partner('p-2'))
    expect(await journalEntries(dataDir)).toHaveLength(2)
    // The third save in the journal reaches the limit: the running store folds it into the file.
    await second.library.put('partner', partner('p-3'))
    await second.flush()
    expect(await readFile(path(dataDir, JOURNAL), 'utf8')).toBe('')
    const file = JSON.parse(await readFile(path(dataDir, 'library/partners.json'), 'utf8'))
    expect(file.items.map((item: { id: string }) => item.id)).toEqual(['p-1', 'p-2', 'p-3'])
  })

  it('opens from its journal alone a collection whose file and its copy are gone, writing the file anew', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await (await openStore(options)).library.put('partner', partner('mexico', 'Mexico'))
    await rm(path(dataDir, 'library/partners.json'))
    await rm(path(dataDir, 'library/partners.json.copy'))

    const store = await openStore(options)
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico'])
    // Folded into a file made anew, which the start-up backup could copy.
    const file = JSON.parse(await readFile(path(dataDir, 'library/partners.json'), 'utf8'))
    expect(file.items).toEqual([partner('mexico', 'Mexico')])
    expect(await readFile(path(dataDir, JOURNAL), 'utf8')).toBe('')
  })

  it('folds in at open a journal whose copy differs, and one cut short', async () => {
    for (const damage of ['copy', 'torn'] as const) {
      const dataDir = await makeTempDir()
      const options = optionsFor(dataDir, { now: steppingClock() })
      await (await openStore(options)).library.put('partner', partner('mexico'))
      if (damage === 'copy') await writeFile(path(dataDir, `${JOURNAL}.copy`), '')
      else await appendFile(path(dataDir, JOURNAL), '{"op":"put","item":{"id":"half')
      const store = await openStore(options)
      expect(
        store.library.list('partner').map((p) => p.id),
        damage
      ).toEqual(['mexico'])
      expect(await readFile(path(dataDir, JOURNAL), 'utf8'), damage).toBe('')
      const file = JSON.parse(await readFile(path(dataDir, 'library/partners.json'), 'utf8'))
      expect(file.items, damage).toEqual([partner('mexico')])
    }
  })

  it('journals a remove, which survives a reopen', async () => {
    const dataDir = await makeTempDir()
    const options = { dataDir, loadDefaultLibrary: async () => tinyDefaultLibrary(), now: steppingClock() }
    const store = await openStore(options)
    const fileBefore = await readFile(path(dataDir, 'library/partners.json'))

    await store.library.remove('partner', 'mexico')

    expect(store.library.list('partner').map((p) => p.id)).toEqual(['france'])
    expect(await readFile(path(dataDir, 'library/partners.json'))).toEqual(fileBefore)
    expect(await journalEntries(dataDir)).toEqual([{ op: 'remove', id: 'mexico' }])
    expect((await openStore(options)).library.list('partner').map((p) => p.id)).toEqual(['france'])
  })

  it('keeps every acknowledged save when the process dies before any compaction', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    for (let n = 0; n < 20; n += 1) await store.library.put('keyMessage', keyMessage(`km-${n}`))
    await store.library.put('keyMessage', { ...keyMessage('km-3'), version: 2 })
    await store.library.remove('keyMessage', 'km-5')

    // The process dies here: the folder is copied exactly as it is and the store never closes.
    const crashed = await makeTempDir()
    await cp(dataDir, crashed, { recursive: true })
    const filesAtCrash = JSON.parse(await readFile(path(crashed, 'library/key-messages.json'), 'utf8'))
    expect(filesAtCrash.items).toEqual([])

    const reopened = await openStore(optionsFor(crashed, { now: steppingClock(Date.parse('2027-01-01T00:00:00Z')) }))
    expect(reopened.library.list('keyMessage')).toEqual(store.library.list('keyMessage'))
    expect(reopened.library.get('keyMessage', 'km-3')?.version).toBe(2)
    expect(reopened.library.get('keyMessage', 'km-5')).toBeUndefined()
    expect(reopened.notices).toEqual([])
  })

  it('replays a journal written by hand onto its file', async () => {
    const { dataDir, options } = await folderWithJournal(
      line({ op: 'put', item: partner('chile') }) +
        line({ op: 'put', item: partner('peru') }) +
        line({ op: 'remove', id: 'chile' }) +
        line({ op: 'put', item: partner('peru', 'Peru v2') })
    )
    const store = await openStore(options)
    expect(store.library.list('partner')).toEqual([partner('peru', 'Peru v2')])
    expect(await readFile(path(dataDir, JOURNAL), 'utf8')).toBe('')
  })

  it('reports a whole last line damaged after it landed, instead of dropping it as an unfinished save', async () => {
    const bytes = Buffer.from(
      line({ op: 'put', item: partner('chile') }) + line({ op: 'put', item: partner('peru') }) + 'GARBAGE{{{\n'
    )
    const { dataDir, options } = await folderWithJournal(bytes)

    const store = await openStore(options)

    expect(store.library.list('partner').map((p) => p.id)).toEqual(['chile', 'peru'])
    expect(store.notices.map((notice) => [notice.code, notice.params.line])).toEqual([['journal-damaged', '3']])
    expect(await readdir(path(dataDir, 'recovered/library'))).toContain(`partners.journal.jsonl.${SECOND_OPEN}.corrupt`)
  })

  it.each([
    ['cut short with no newline', '{"op":"put","item":{"id":"bra'],
    ['zeros where its bytes never landed', '\0\0\0\0\0\0\n']
  ])('drops a torn last line (%s), applies the lines before it and keeps the bytes aside', async (_, tail) => {
    const bytes = Buffer.from(
      line({ op: 'put', item: partner('chile') }) + line({ op: 'put', item: partner('peru') }) + tail
    )
    const { dataDir, options } = await folderWithJournal(bytes)

    const store = await openStore(options)

    expect(store.library.list('partner').map((p) => p.id)).toEqual(['chile', 'peru'])
    // The torn line is a save that never returned ok: nothing to tell the user.
    expect(store.notices).toEqual([])
    const keptAs = `recovered/${JOURNAL}.${SECOND_OPEN}.torn`
    expect(await readFile(path(dataDir, keptAs))).toEqual(bytes)
    // Later saves start a clean journal, and everything survives the next open.
    await store.library.put('partner', partner('brazil'))
    expect(await journalEntries(dataDir)).toEqual([{ op: 'put', item: partner('brazil') }])
    const next = await openStore(options)
    expect(next.library.list('partner').map((p) => p.id)).toEqual(['chile', 'peru', 'brazil'])
    expect(next.notices).toEqual([])
  })

  it.each([
    ['not JSON', '{"op":"put","item":{"id":"gar#bage\n'],
    ['an item the contract refuses', line({ op: 'put', item: { ...partner('secret'), marking: 'SECRET' } })],
    ['not a journal entry', line({ op: 'rename', id: 'chile' })]
  ])('applies every line but a damaged middle one (%s), keeps the journal aside and says so', async (_, damage) => {
    const bytes = Buffer.from(
      line({ op: 'put', item: partner('chile') }) + damage + line({ op: 'put', item: partner('peru') })
    )
    const { dataDir, options } = await folderWithJournal(bytes)

    const store = await openStore(options)

    // The save after the damaged line was acknowledged like the one before it: both are kept.
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['chile', 'peru'])
    const keptAs = `recovered/${JOURNAL}.${SECOND_OPEN}.corrupt`
    expect(store.notices).toEqual([
      {
        code: 'journal-damaged',
        message: expect.stringContaining('line 2'),
        params: { file: JOURNAL, of: 'library/partners.json', line: '2', count: '1', keptAs }
      }
    ])
    expect(await readFile(path(dataDir, keptAs))).toEqual(bytes)
    // Copied aside, then emptied: a crash before the emptying leaves it to be repaired again.
    expect(await readFile(path(dataDir, JOURNAL), 'utf8')).toBe('')
    // What was applied is now in the file; once the notice is seen, the next open has nothing more to say.
    await store.acknowledgeNotices()
    const next = await openStore(options)
    expect(next.library.list('partner').map((p) => p.id)).toEqual(['chile', 'peru'])
    expect(next.notices).toEqual([])
  })

  it("reads a line damaged in the journal from its second copy, and the copy's from the journal", async () => {
    const [chile, peru, brazil, mexico] = ['chile', 'peru', 'brazil', 'mexico'].map((id) =>
      line({ op: 'put', item: partner(id) })
    )
    const { dataDir, options } = await folderWithJournal(`${chile}{"op":"pu\n${brazil}${mexico}`)
    await writeFile(path(dataDir, `${JOURNAL}.copy`), `${chile}${peru}{"op":"pu\n${mexico}`)

    const store = await openStore(options)

    expect(store.library.list('partner').map((p) => p.id)).toEqual(['chile', 'peru', 'brazil', 'mexico'])
    expect(store.notices.map((notice) => notice.code)).toEqual(['restored-from-copy'])
  })

  it("fills nothing from a second copy whose lines do not match the journal's (changed from outside)", async () => {
    const [chile, brazil, mexico] = ['chile', 'brazil', 'mexico'].map((id) => line({ op: 'put', item: partner(id) }))
    const { dataDir, options } = await folderWithJournal(`${chile}{"op":"pu\n${brazil}${mexico}`)
    // Lines moved in the copy: its second line is not the journal's second.
    await writeFile(path(dataDir, `${JOURNAL}.copy`), `${chile}${mexico}{"op":"pu\n${brazil}`)

    const store = await openStore(options)

    expect(store.library.list('partner').map((p) => p.id)).toEqual(['chile', 'brazil', 'mexico'])
    expect(store.notices).toMatchObject([{ code: 'journal-damaged', params: { line: '2', count: '1' } }])
  })

  it('folds the journal into the file at the limit, and a reopen sees the same items', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 3 })
    const store = await openStore(options)
    const fileBefore = await readFile(path(dataDir, 'library/partners.json'))

    await store.library.put('partner', partner('a'))
    await store.library.put('partner', partner('b'))
    expect(await journalEntries(dataDir)).toHaveLength(2)
    expect(await readFile(path(dataDir, 'library/partners.json'))).toEqual(fileBefore)

    await store.library.put('partner', partner('c'))
    await store.flush()
    expect(await readFile(path(dataDir, JOURNAL), 'utf8')).toBe('')
    const file = JSON.parse(await readFile(path(dataDir, 'library/partners.json'), 'utf8'))
    expect(file.items).toEqual([partner('a'), partner('b'), partner('c')])

    await store.library.put('partner', partner('d'))
    expect(await journalEntries(dataDir)).toEqual([{ op: 'put', item: partner('d') }])
    expect((await openStore(options)).library.list('partner')).toEqual(store.library.list('partner'))
  })

  it('reopens to the same state after a crash between writing the file and emptying the journal', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    const store = await openStore(options)
    for (const id of ['a', 'b', 'c']) await store.library.put('partner', partner(id))
    await store.library.put('partner', { ...partner('a'), version: 2 })
    await store.library.remove('partner', 'b')
    const live = store.library.list('partner')
    const journal = await readFile(path(dataDir, JOURNAL))

    // Compaction's first step only: the full file is written, then the crash, journal untouched.
    await writeFile(path(dataDir, 'library/partners.json'), JSON.stringify({ schemaVersion: 1, items: live }, null, 2))
    expect(await readFile(path(dataDir, JOURNAL))).toEqual(journal)

    const reopened = await openStore(options)
    expect(reopened.library.list('partner')).toEqual(live)
    expect(reopened.notices).toEqual([])
    expect(await readFile(path(dataDir, JOURNAL), 'utf8')).toBe('')
  })

  it('never lets memory run ahead of the disk when many saves meet compactions', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 7 })
    const store = await openStore(options)
    const ids = Array.from({ length: 50 }, (_, n) => `partner-${n}`)
    await Promise.all([
      ...ids.map((id) => store.library.put('partner', partner(id))),
      ...ids.filter((_, n) => n % 5 === 0).map((id) => store.library.remove('partner', id))
    ])
    await store.flush()
    expect(store.library.list('partner').map((p) => p.id)).toEqual(ids.filter((_, n) => n % 5 !== 0))
    expect((await journalEntries(dataDir)).length).toBeLessThan(7)
    expect((await openStore(options)).library.list('partner')).toEqual(store.library.list('partner'))
  })

  it('rejects a save whose append fails and keeps memory and disk as they were', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    const store = await openStore(options)
    await store.library.put('partner', partner('kept'))
    const journal = await readFile(path(dataDir, JOURNAL))
    // A directory where the journal should be makes every append fail.
    await rm(path(dataDir, JOURNAL))
    await mkdir(path(dataDir, JOURNAL))

    await expect(store.library.put('partner', partner('lost'))).rejects.toMatchObject({
      code: 'storage-failed',
      file: JOURNAL
    })
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['kept'])

    await rm(path(dataDir, JOURNAL), { recursive: true })
    await writeFile(path(dataDir, JOURNAL), journal)
    await store.library.put('partner', partner('saved'))
    expect((await openStore(options)).library.list('partner').map((p) => p.id)).toEqual(['kept', 'saved'])
  })

  it('replays the journal onto a file restored from a backup when its second copy is damaged too', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await (await openStore(options)).library.put('partner', partner('mexico'))
    // The second open folds mexico into the file and backs that up; chile goes to the journal.
    await (await openStore(options)).library.put('partner', partner('chile'))
    await damagePartnersWithCopy(dataDir)

    const store = await openStore(options)
    expect(store.notices.map((n) => [n.code, n.params.file])).toEqual([
      ['restored-from-backup', 'library/partners.json']
    ])
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
  })

  it('restores a file lost with its copy from a backup together with the journal backed up with it', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 2 })
    await (await openStore(options)).library.put('partner', partner('mexico'))
    // The second start backs up the file (empty) with the journal (mexico); then a fold at the
    // limit puts mexico and chile in the file and empties the journal; peru is journaled.
    const second = await openStore(options)
    await second.library.put('partner', partner('chile'))
    await second.library.put('partner', partner('peru'))
    await second.flush()
    expect(await readdir(path(dataDir, `backups/${SECOND_OPEN}/library`))).toContain('partners.journal.jsonl')
    await damagePartnersWithCopy(dataDir)

    const store = await openStore(options)
    expect(store.notices.map((n) => [n.code, n.params.backup])).toEqual([['restored-from-backup', SECOND_OPEN]])
    // Mexico comes from the backup's journal, peru from the folder's; chile, saved after the
    // backup and folded into the file that was lost, is what the notice says may be lost.
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'peru'])
  })

  it('passes over a backup whose journal was damaged since, for an older one', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await (await openStore(options)).library.put('partner', partner('mexico'))
    await (await openStore(options)).library.put('partner', partner('peru'))
    const backedUp = path(dataDir, `backups/${SECOND_OPEN}/library/partners.journal.jsonl`)
    await writeFile(backedUp, (await readFile(backedUp, 'utf8')).replace('"mexico"', '"Mexico!"'))
    await damagePartnersWithCopy(dataDir)

    const store = await openStore(options)
    expect(store.notices.map((n) => [n.code, n.params.backup])).toEqual([['restored-from-backup', FIRST_OPEN]])
    // The older backup holds none of them; the folder's journal still holds both.
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'peru'])
  })

  it('backs up the files with the journal that holds saves they lack, and removes leftover temp files', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await (await openStore(options)).library.put('partner', partner('mexico'))
    const leftover = path(dataDir, 'library/.partners.journal.jsonl.0123456789ab.dossier-tmp')
    await writeFile(leftover, '')

    await openStore(options)

    const backup = path(dataDir, `backups/${SECOND_OPEN}`)
    expect((await readdir(join(backup, 'library'))).sort()).toEqual([
      'background-notes.json',
      'irritants.json',
      'key-messages.json',
      'partners.journal.jsonl',
      'partners.json'
    ])
    const backedUp = JSON.parse(await readFile(join(backup, 'library', 'partners.json'), 'utf8'))
    expect(backedUp.items).toEqual([])
    expect(await journalEntries(backup, 'library/partners.journal.jsonl')).toEqual([
      { op: 'put', item: partner('mexico') }
    ])
    expect(await readdir(path(dataDir, 'library'))).not.toContain('.partners.journal.jsonl.0123456789ab.dossier-tmp')
  })

  it('loses nothing when a compaction fails: the journal is emptied only after the file is written', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 2 })
    const store = await openStore(options)
    const filePath = path(dataDir, 'library/partners.json')
    const fileBefore = await readFile(filePath)
    // A non-empty directory in the file's place makes the file's atomic rename fail.
    await rm(filePath)
    await mkdir(join(filePath, 'blocker'), { recursive: true })

    await store.library.put('partner', partner('a'))
    await store.library.put('partner', partner('b'))
    await store.flush()
    expect(await journalEntries(dataDir)).toHaveLength(2)

    await rm(filePath, { recursive: true })
    await writeFile(filePath, fileBefore)
    expect((await openStore(options)).library.list('partner').map((p) => p.id)).toEqual(['a', 'b'])
  })

  it('refuses a journal limit that is not a whole number of at least 1', async () => {
    const dataDir = await makeTempDir()
    await expect(openStore(optionsFor(dataDir, { journalLimit: 0 }))).rejects.toBeInstanceOf(RangeError)
    await expect(openStore(optionsFor(dataDir, { journalLimit: 2.5 }))).rejects.toBeInstanceOf(RangeError)
  })
})
