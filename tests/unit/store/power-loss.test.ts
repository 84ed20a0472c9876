import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { applyImport, exportBundle, previewImport, readBundle } from '../../../src/main/core/exchange'
import type { Bundle } from '../../../src/main/core/exchange/bundle-format'
import { openStore } from '../../../src/main/store/index'
import type { Store, StoreOptions } from '../../../src/main/store/index'
import type { Versioning } from '../../../src/main/store/load-file'
import { DEFAULT_VERSIONING } from '../../../src/main/store/load-file'
import { wrapWithPassphrase, writeKeyFile } from '../../../src/main/store/crypto/key-file'
import { openStoreWith } from '../../../src/main/store/open-store'
import { backgroundNote, brief, irritant, keyMessage, partner, pkg, tinyDefaultLibrary } from './helpers'
import { readMarker, SaveLedger } from './save-ledger'
import type { Key, Marker } from './save-ledger'
import { PowerCut, SimulatedDisk } from './simulated-disk'
import type { CutKind } from './simulated-disk'

// These bundles are unsigned (what is tested here is how they merge), which an import takes only
// when told to.
const UNSIGNED = { unsigned: true }

// The power goes at every write boundary of a workload, one run per boundary; the disk then
// keeps only what was made durable (or, for kill -9, what the system had), Dossier opens it
// again, and every acknowledged save must be there, every batch whole or absent, and nothing
// restored or lost without a notice. The number of crash points is printed.

const DATA_DIR = '/sim/dossier-data'
const AT = new Date('2026-11-26T09:00:00.000Z')

/** The data key of the encrypted runs; undefined while the plain runs go. */
let sealingKey: Buffer | undefined

function options(disk: SimulatedDisk, extra: Partial<StoreOptions> = {}): StoreOptions {
  // Each run is a new "boot": the disk's lock names this same process, which the lock takes for a
  // previous life of it (same pid) and takes over, as after a real reboot.
  return {
    dataDir: DATA_DIR,
    fs: disk.fs,
    ...(sealingKey ? { dataKey: sealingKey } : {}),
    loadDefaultLibrary: async () => tinyDefaultLibrary(),
    // Small, so the workload folds journals into their files several times.
    journalLimit: 3,
    now: () => AT,
    ...extra
  }
}

/** One run on a disk: what it saved goes to the ledger; `opened` is called once the open completed. */
type Workload = (disk: SimulatedDisk, ledger: SaveLedger, opened: () => void) => Promise<void>

/** A workload with the folder it starts from and what the reopened folder must show besides the ledger. */
interface Scenario {
  name: string
  /** The folder before the run (made durable); an empty disk when absent. */
  prepare?: () => Promise<SimulatedDisk>
  workload: Workload
  /** The data version and migrations of the app that runs the workload and reopens. */
  versioning?: Versioning
  /** Problems with the reopened store, given whether the crashed run's open had completed. */
  check?: (reopened: Store, openCompleted: boolean) => string[]
}

/** Saves of every kind: single and concurrent, compaction, briefs, packages, settings, an import batch. */
const everydaySavesWorkload: Workload = async (disk, ledger, opened) => {
  const store = await openStore(options(disk))
  opened()
  let version = 0
  const next = (): string => `v${++version}`
  const putMessage = (id: string): Promise<void> => {
    const marker = next()
    return ledger.track(
      { [`keyMessage:${id}`]: marker },
      store.library.put('keyMessage', titled(keyMessage(id), marker))
    )
  }
  await putMessage('km-1')
  await Promise.all([putMessage('km-2'), putMessage('km-3'), putMessage('km-1')])
  for (let round = 0; round < 4; round++) await putMessage(`km-${round + 1}`)
  await ledger.track({ 'keyMessage:km-2': null }, store.library.remove('keyMessage', 'km-2'))

  const briefMarker = next()
  await ledger.track({ 'brief:b-1': briefMarker }, store.briefs.put(brief('b-1', briefMarker)))
  const briefEdit = next()
  await Promise.all([
    ledger.track({ 'brief:b-1': briefEdit }, store.briefs.put(brief('b-1', briefEdit))),
    ledger.track({ 'brief:sample-brief': null }, store.briefs.remove('sample-brief')),
    ledger.track({ 'settings:author': 'Officer Tremblay' }, store.settings.update({ author: 'Officer Tremblay' }))
  ])
  const packageName = next()
  await ledger.track({ 'package:p-1': packageName }, store.packages.put(named(pkg('p-1', ['b-1']), packageName)))

  // An import: several collections at once, with the before-import backup.
  const [mexico, bg, km] = [next(), next(), next()]
  await ledger.track(
    { 'partner:mexico': mexico, 'backgroundNote:bg-1': bg, 'keyMessage:km-9': km },
    store.library.applyBatch(
      [
        { kind: 'partner', item: partner('mexico', mexico) },
        { kind: 'backgroundNote', item: titled(backgroundNote('bg-1'), bg) },
        { kind: 'keyMessage', item: titled(keyMessage('km-9'), km) }
      ],
      { backup: { at: AT, label: 'import' } }
    )
  )
  await Promise.all([putMessage('km-9'), putMessage('km-3')])
  const irritantMarker = next()
  await ledger.track(
    { 'irritant:irr-1': irritantMarker },
    store.library.put('irritant', titled(irritant('irr-1'), irritantMarker))
  )
  await store.flush()
}

function titled<T extends { title: { en: string; fr: string } }>(item: T, marker: string): T {
  return { ...item, title: { ...item.title, en: marker } }
}

function named<T extends { name: { en: string; fr: string } }>(item: T, marker: string): T {
  return { ...item, name: { ...item.name, en: marker } }
}

/** Two saves after an open, so the first one's acknowledgement is checked by the cuts during the second. */
async function twoSaves(store: Store, ledger: SaveLedger, marker: string): Promise<void> {
  for (const id of ['irr-1', 'irr-2']) {
    await ledger.track({ [`irritant:${id}`]: marker }, store.library.put('irritant', titled(irritant(id), marker)))
  }
}

/** A disk with nothing of Dossier's on it; for the encrypted runs, a folder set up with its key file. */
async function emptyDisk(): Promise<SimulatedDisk> {
  if (!sealingKey) return SimulatedDisk.withFolders('/sim')
  const disk = SimulatedDisk.withFolders('/sim', DATA_DIR)
  // The cheapest cost the key file accepts: the runs open with the key itself, never the passphrase.
  await writeKeyFile(
    disk.fs,
    DATA_DIR,
    await wrapWithPassphrase(sealingKey, 'test passphrase, long enough', { N: 2 ** 14, r: 8, p: 1 })
  )
  return disk.reboot('kill')
}

/** A folder after a run without crash (on `from`, or an empty disk), made wholly durable: where a scenario starts. */
async function preparedDisk(
  setUp: (store: Store) => Promise<void>,
  { from, versioning = DEFAULT_VERSIONING }: { from?: SimulatedDisk; versioning?: Versioning } = {}
): Promise<SimulatedDisk> {
  const disk = from ?? (await emptyDisk())
  const store = await openStoreWith(options(disk), versioning)
  await setUp(store)
  await store.flush()
  return disk.reboot('kill')
}

/** Partners saved before a scenario; with a journal limit of 3, some are folded into the file and some are not. */
const PARTNERS = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7', 'p-8']

async function savePartners(store: Store, ids: readonly string[]): Promise<void> {
  for (const id of ids) await store.library.put('partner', partner(id, `Partner ${id}`))
}

/** Every partner saved before the scenario is there, named as `name` says. */
function partnersKept(store: Store, name: (id: string) => string): string[] {
  return PARTNERS.filter((id) => store.library.get('partner', id)?.name.en !== name(id)).map(
    (id) => `partner ${id} is ${JSON.stringify(store.library.get('partner', id)?.name.en ?? null)}, not ${name(id)}`
  )
}

const path = (relPath: string): string => `${DATA_DIR}/${relPath}`

/** An open that repairs: a file cut (its copy good), a brief damaged with its copy, a damaged journal, a batch left by a crash. */
const repairsAtOpen: Scenario = {
  name: 'repairs at open',
  prepare: async () => {
    const first = await preparedDisk(async (store) => {
      await store.briefs.put(brief('visit', 'Visit'))
      await savePartners(store, PARTNERS.slice(0, 5))
    })
    // The second start backs the brief up; the saves after it fold partners into their file and
    // leave a key message in its journal.
    const disk = await preparedDisk(
      async (store) => {
        await savePartners(store, PARTNERS.slice(5))
        await store.library.put('keyMessage', titled(keyMessage('km-1'), 'journaled'))
      },
      { from: first }
    )
    const partners = disk.peek(path('library/partners.json'))!
    disk.damage(path('library/partners.json'), partners.subarray(0, partners.length >> 1))
    disk.damage(path('briefs/visit.json'), Buffer.from('{"schemaVersion":1,"brief":{"id":"vis'))
    disk.damage(path('briefs/visit.json.copy'), Buffer.from(''))
    const journal = disk.peek(path('library/key-messages.journal.jsonl'))!
    disk.damage(
      path('library/key-messages.journal.jsonl'),
      Buffer.concat([Buffer.from('{"op":"put","item":\n'), journal])
    )
    return disk
  },
  workload: async (disk, ledger, opened) => {
    const store = await openStore(options(disk))
    opened()
    await twoSaves(store, ledger, 'after repairs')
  },
  check: (reopened) => {
    const problems = partnersKept(reopened, (id) => `Partner ${id}`)
    if (reopened.briefs.get('visit') === undefined) problems.push('the brief visit is gone')
    // The workload never acknowledges the notices, so whether or not the crashed open finished
    // its repairs, the next open must tell of each one.
    const told = new Set(reopened.notices.map((notice) => notice.params.file))
    for (const file of ['library/partners.json', 'briefs/visit.json', 'library/key-messages.journal.jsonl']) {
      if (!told.has(file)) problems.push(`nobody was told that ${file} was repaired`)
    }
    return problems
  }
}

/** A data version that renames every partner, as a migration an update would bring. */
const RENAMING: Versioning = {
  current: DEFAULT_VERSIONING.current + 1,
  steps: [
    ...DEFAULT_VERSIONING.steps,
    {
      from: DEFAULT_VERSIONING.current,
      to: DEFAULT_VERSIONING.current + 1,
      migrate: (data: unknown) => {
        const document = data as { items?: Array<{ relationship?: unknown; name: { en: string } }> }
        if (!document.items) return document
        const items = document.items.map((item) =>
          item.relationship === undefined ? item : { ...item, name: { ...item.name, en: `${item.name.en} (v2)` } }
        )
        return { ...document, items }
      }
    }
  ]
}

/** An update's first start: every file upgraded (after the backup keeps the old ones), journals folded first. */
const upgradeAtOpen: Scenario = {
  name: 'upgrade at open',
  prepare: () => preparedDisk((store) => savePartners(store, PARTNERS)),
  versioning: RENAMING,
  workload: async (disk, ledger, opened) => {
    const store = await openStoreWith(options(disk), RENAMING)
    opened()
    await twoSaves(store, ledger, 'after upgrade')
  },
  check: (reopened) => partnersKept(reopened, (id) => `Partner ${id} (v2)`)
}

let headquarters: Bundle | undefined

/** A bundle from headquarters with two new key messages and a new partner. */
async function headquartersBundle(): Promise<Bundle> {
  if (headquarters) return headquarters
  const store = await openStore(options(await emptyDisk()))
  await store.library.put('keyMessage', titled(keyMessage('km-hq-1'), 'hq-1'))
  await store.library.put('keyMessage', titled(keyMessage('km-hq-2'), 'hq-2'))
  await store.library.put('partner', partner('hq-partner', 'HQ partner'))
  const read = readBundle(exportBundle(store, {}, 'HQ', AT))
  if (!read.ok) throw new Error(JSON.stringify(read.problems))
  headquarters = read.bundle
  return headquarters
}

/** An import through the exchange's own code, with its before-import backup, then a save. */
const importFromHeadquarters: Scenario = {
  name: 'bundle import',
  prepare: () => preparedDisk((store) => savePartners(store, PARTNERS.slice(0, 2))),
  workload: async (disk, ledger, opened) => {
    const bundle = await headquartersBundle()
    const store = await openStore(options(disk))
    opened()
    const preview = previewImport(store, bundle)
    await ledger.track(
      { 'keyMessage:km-hq-1': 'hq-1', 'keyMessage:km-hq-2': 'hq-2', 'partner:hq-partner': 'HQ partner' },
      applyImport(store, preview, {}, AT, 'Officer', UNSIGNED)
    )
    await ledger.track(
      { 'keyMessage:km-hq-1': 'edited after import' },
      store.library.put('keyMessage', titled(keyMessage('km-hq-1'), 'edited after import'))
    )
  }
}

/** A restore of the backup the second start made: the content comes back as it was then, whole or not at all. */
const restoreOfABackup: Scenario = {
  name: 'restore of a backup',
  prepare: async () => {
    const first = await preparedDisk(async (store) => {
      await savePartners(store, PARTNERS.slice(0, 5))
      await store.briefs.put(brief('visit', 'Visit'))
    })
    // The second start backs that state up; the content then moves on.
    return preparedDisk(
      async (store) => {
        await savePartners(store, PARTNERS.slice(5))
        await store.library.put('partner', partner('p-1', 'Renamed'))
        await store.briefs.put(brief('later', 'Later'))
      },
      { from: first }
    )
  },
  workload: async (disk, ledger, opened) => {
    const store = await openStore(options(disk))
    opened()
    // Newest first: this start's backup, then the second start's.
    const backup = (await store.backups()).filter((entry) => entry.kind === 'start-up')[1]
    if (backup === undefined) throw new Error('The second start made no backup')
    const { store: restored } = await ledger.track(
      { 'partner:p-1': 'Partner p-1', 'partner:p-6': null, 'brief:later': null },
      store.restoreBackup(backup.name)
    )
    await twoSaves(restored, ledger, 'after restore')
  }
}

const everydaySaves: Scenario = { name: 'everyday saves from a first start', workload: everydaySavesWorkload }

interface Campaign {
  crashPoints: number
  acknowledged: number
}

const REPAIR_CODES = new Set([
  'restored-from-copy',
  'restored-from-backup',
  'unrecoverable-file',
  'journal-damaged',
  'import-damaged'
])

async function crashAtEveryBoundary(scenario: Scenario, cut: CutKind): Promise<Campaign> {
  const start = scenario.prepare ? await scenario.prepare() : await emptyDisk()
  const versioning = scenario.versioning ?? DEFAULT_VERSIONING
  // What each key holds when the workload saved nothing: the folder as a clean open leaves it.
  const clean = await openStoreWith(options(start.reboot('kill')), versioning)
  const initial = (key: Key): Marker => readMarker(clean, key)
  let acknowledged = 0
  for (let crashAt = 0; ; crashAt++) {
    const disk = start.reboot('kill')
    disk.crashAt = crashAt
    const ledger = new SaveLedger()
    let openCompleted = false
    try {
      await scenario.workload(disk, ledger, () => (openCompleted = true))
    } catch (error) {
      if (!disk.crashed) throw error
    }
    await ledger.settled()
    if (!disk.crashed) return { crashPoints: crashAt, acknowledged }
    acknowledged += ledger.acknowledged

    let reopened: Store
    try {
      reopened = await openStoreWith(options(disk.reboot(cut)), versioning)
    } catch (error) {
      throw new Error(
        `After a ${cut} cut at boundary ${crashAt}, Dossier could not open the folder: ${String(error)}`,
        {
          cause: error
        }
      )
    }
    const problems = [
      ...ledger.problems((key) => readMarker(reopened, key), initial),
      ...(scenario.check?.(reopened, openCompleted) ?? [])
    ]
    if (scenario.check === undefined) {
      // Nothing was damaged from outside, so there is nothing to repair: a repair means a write went wrong.
      for (const notice of reopened.notices) if (REPAIR_CODES.has(notice.code)) problems.push(notice.message)
    }
    expect({ crashAt, problems }).toEqual({ crashAt, problems: [] })
  }
}

describe('power loss at every write boundary', () => {
  for (const folder of ['plain', 'encrypted'] as const) {
    for (const scenario of [everydaySaves, repairsAtOpen, upgradeAtOpen, importFromHeadquarters, restoreOfABackup]) {
      for (const cut of ['power', 'kill'] as const) {
        const what = cut === 'power' ? 'writes not synced are lost' : 'kill -9, the system keeps its cache'
        it(`${scenario.name}, ${folder} folder: nothing acknowledged is lost (${what})`, async () => {
          sealingKey = folder === 'encrypted' ? randomBytes(32) : undefined
          headquarters = undefined
          try {
            const { crashPoints, acknowledged } = await crashAtEveryBoundary(scenario, cut)
            console.info(
              `power-loss, ${scenario.name}, ${folder} (${cut}): ${crashPoints} crash points, ${acknowledged} acknowledged saves checked, none lost`
            )
            expect(crashPoints).toBeGreaterThan(20)
          } finally {
            sealingKey = undefined
          }
        }, 300_000)
      }
    }
  }

  it('refuses every operation once the power is gone', async () => {
    const disk = SimulatedDisk.withFolders('/sim')
    disk.crashAt = 0
    await expect(openStore(options(disk))).rejects.toBeDefined()
    await expect(disk.fs.readFile(`${DATA_DIR}/settings.json`)).rejects.toBeInstanceOf(PowerCut)
  })
})
