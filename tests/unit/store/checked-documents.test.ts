import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { librarySchema, librarySpec, LIBRARY_FILES } from '../../../src/main/store/documents'
import { schemaId } from '../../../src/main/store/checked-documents'
import { checkedMarks } from '../../../src/main/store/crypto/checked-mark'
import { openFile } from '../../../src/main/store/crypto/envelope'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import { SCHEMA_VERSION } from '../../../src/main/store/version'
import { cleanTempDirs, keyMessage, makeTempDir, optionsFor, tinyDefaultLibrary } from './helpers'
import { readSealed as readSealedAt, sealedFolder, writeSealed as writeSealedAt } from './sealed-folder'

afterEach(cleanTempDirs)

const ROLE = LIBRARY_FILES.keyMessage
const KEY_MESSAGES_ID = schemaId(librarySchema('keyMessage'))

const readSealed = (dataDir: string, dataKey: Buffer) => readSealedAt(dataDir, dataKey, ROLE)
const writeSealed = (dataDir: string, dataKey: Buffer, document: Record<string, unknown>) =>
  writeSealedAt(dataDir, dataKey, ROLE, document)

/** A key message the schema refuses: its title is a number. */
const INVALID_ITEM = { ...keyMessage('km-invalid'), title: 42 }

describe('documents vouched for by the data key', { timeout: 60_000 }, () => {
  it('marks a sealed library file with the schema its content passed', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const document = await readSealed(dataDir, dataKey)
    expect(document.checked).toMatchObject({ schema: KEY_MESSAGES_ID })
    expect(checkedMarks(dataKey).read(ROLE, SCHEMA_VERSION, document.checked)).toBe(KEY_MESSAGES_ID)
  })

  it('reads a file with a good mark as it is, without validating it again', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const document = await readSealed(dataDir, dataKey)
    // Only a holder of the key can make this mark, so the content is taken as this build wrote it.
    await writeSealed(dataDir, dataKey, { ...document, items: [...(document.items as unknown[]), INVALID_ITEM] })
    const store = await openStore(optionsFor(dataDir, { dataKey }))
    expect(store.library.get('keyMessage', 'km-invalid')).toMatchObject({ title: 42 })
    expect(store.notices).toEqual([])
  })

  it('marks, once its start-up backup is made, a file no mark vouched for (a folder encrypted in place)', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const { checked: _mark, ...unmarked } = await readSealed(dataDir, dataKey)
    await writeSealed(dataDir, dataKey, unmarked)

    // A command that only reads writes nothing.
    const reading = await openStore(optionsFor(dataDir, { dataKey, readOnly: true }))
    await reading.flush()
    await releaseDataLock(dataDir)
    expect((await readSealed(dataDir, dataKey)).checked).toBeUndefined()

    const store = await openStore(optionsFor(dataDir, { dataKey }))
    await store.flush()
    await releaseDataLock(dataDir)
    const marked = await readSealed(dataDir, dataKey)
    expect(checkedMarks(dataKey).read(ROLE, SCHEMA_VERSION, marked.checked)).toBe(KEY_MESSAGES_ID)
    expect(marked.items).toEqual(unmarked.items)
    // The backup keeps the file as it was.
    const [backup] = await store.backups()
    const kept = join(dataDir, 'backups', backup!.name, ...ROLE.split('/'))
    expect(JSON.parse(openFile(dataKey, ROLE, await readFile(kept))).checked).toBeUndefined()
  })

  it('trusts a marked file with journaled edits folded in, each edit checked on its own', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const document = await readSealed(dataDir, dataKey)
    await writeSealed(dataDir, dataKey, { ...document, items: [...(document.items as unknown[]), INVALID_ITEM] })
    const session = await openStore(optionsFor(dataDir, { dataKey, journalLimit: 100 }))
    await session.library.put('keyMessage', keyMessage('km-added'))
    await session.flush()
    await releaseDataLock(dataDir)

    const store = await openStore(optionsFor(dataDir, { dataKey }))
    expect(store.library.get('keyMessage', 'km-added')).toBeDefined()
    expect(store.library.get('keyMessage', 'km-invalid')).toBeDefined()
    // The file written with the edits folded in is marked again.
    expect((await readSealed(dataDir, dataKey)).checked).toMatchObject({ schema: KEY_MESSAGES_ID })
  })

  const forgedMarks: Array<[string, (dataKey: Buffer) => unknown]> = [
    ['made with another key', () => checkedMarks(randomBytes(32)).make(ROLE, SCHEMA_VERSION, KEY_MESSAGES_ID)],
    [
      'made for another file',
      (dataKey) => checkedMarks(dataKey).make(LIBRARY_FILES.irritant, SCHEMA_VERSION, KEY_MESSAGES_ID)
    ],
    [
      'made at another data version',
      (dataKey) => checkedMarks(dataKey).make(ROLE, SCHEMA_VERSION - 1, KEY_MESSAGES_ID)
    ],
    // What a file sealed before a schema change carries: it is checked against the new schema.
    ['naming another schema', (dataKey) => checkedMarks(dataKey).make(ROLE, SCHEMA_VERSION, 'an-older-schema')],
    [
      'with its code changed',
      (dataKey) => ({ ...checkedMarks(dataKey).make(ROLE, SCHEMA_VERSION, KEY_MESSAGES_ID), mac: '0'.repeat(64) })
    ],
    ['that is not a mark', () => 'trust me']
  ]
  it.each(forgedMarks)('validates a file whose mark is %s, and finds its damage', async (_label, forge) => {
    const { dataDir, dataKey } = await sealedFolder()
    const document = await readSealed(dataDir, dataKey)
    const items = [...(document.items as unknown[]), INVALID_ITEM]
    await writeSealed(dataDir, dataKey, { schemaVersion: SCHEMA_VERSION, items, checked: forge(dataKey) })
    const store = await openStore(optionsFor(dataDir, { dataKey }))
    expect(store.library.get('keyMessage', 'km-invalid')).toBeUndefined()
    expect(store.notices.map((notice) => notice.params?.file)).toContain(ROLE)
  })

  it('gives the same items from a trusted read as from a validated one', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const store = await openStore(optionsFor(dataDir, { dataKey }))
    for (const kind of ['partner', 'keyMessage', 'irritant', 'backgroundNote'] as const) {
      const role = LIBRARY_FILES[kind]
      const document = JSON.parse(openFile(dataKey, role, await readFile(join(dataDir, role))))
      const validated = librarySpec(kind).parse(document)
      expect(validated.ok).toBe(true)
      expect(store.library.list(kind)).toEqual(validated.ok ? validated.value : null)
    }
  })

  it('never trusts nor writes a mark in a plain folder, where anyone can edit a file', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { loadDefaultLibrary: async () => tinyDefaultLibrary() })
    await (await openStore(options)).flush()
    await releaseDataLock(dataDir)
    const document = JSON.parse(await readFile(join(dataDir, ROLE), 'utf8'))
    expect(document).not.toHaveProperty('checked')

    const items = [...document.items, INVALID_ITEM]
    const claimed = { schemaVersion: SCHEMA_VERSION, items, checked: { schema: KEY_MESSAGES_ID, mac: 'f'.repeat(64) } }
    for (const path of [join(dataDir, ROLE), join(dataDir, `${ROLE}.copy`)])
      await writeFile(path, JSON.stringify(claimed))
    const store = await openStore(options)
    expect(store.library.get('keyMessage', 'km-invalid')).toBeUndefined()
    expect(store.notices.map((notice) => notice.params?.file)).toContain(ROLE)
  })
})

describe('checked marks', () => {
  const marks = checkedMarks(randomBytes(32))
  const mark = marks.make(ROLE, 4, 'schema-a')

  it('name the schema they were made for, for that file and data version only', () => {
    expect(marks.read(ROLE, 4, mark)).toBe('schema-a')
    expect(marks.read(LIBRARY_FILES.partner, 4, mark)).toBeNull()
    expect(marks.read(ROLE, 5, mark)).toBeNull()
    expect(marks.read(ROLE, 4, { ...mark, schema: 'schema-b' })).toBeNull()
  })

  it.each([null, 'text', 7, {}, { schema: 'schema-a' }, { schema: 'schema-a', mac: 'not hex' }])(
    'refuse %j',
    (value) => {
      expect(marks.read(ROLE, 4, value)).toBeNull()
    }
  )
})
