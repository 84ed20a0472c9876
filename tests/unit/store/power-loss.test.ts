import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/index'
import type { Store, StoreOptions } from '../../../src/main/store/index'
import { backgroundNote, brief, irritant, keyMessage, partner, pkg, tinyDefaultLibrary } from './helpers'
import { readMarker, SaveLedger } from './save-ledger'
import type { Key, Marker } from './save-ledger'
import { PowerCut, SimulatedDisk } from './simulated-disk'
import type { CutKind } from './simulated-disk'

// The power goes at every write boundary of a workload, one run per boundary; the disk then
// keeps only what was made durable (or, for kill -9, what the system had), Dossier opens it
// again, and every acknowledged save must be there, every batch whole or absent, and nothing
// restored or lost without a notice. The number of crash points is printed.

const DATA_DIR = '/sim/dossier-data'
const AT = new Date('2026-11-26T09:00:00.000Z')

function options(disk: SimulatedDisk, extra: Partial<StoreOptions> = {}): StoreOptions {
  return {
    dataDir: DATA_DIR,
    fs: disk.fs,
    loadDefaultLibrary: async () => tinyDefaultLibrary(),
    // Small, so the workload folds journals into their files several times.
    journalLimit: 3,
    now: () => AT,
    ...extra
  }
}

type Workload = (disk: SimulatedDisk, ledger: SaveLedger) => Promise<void>

/** Saves of every kind: single and concurrent, compaction, briefs, packages, settings, an import batch. */
const everydaySaves: Workload = async (disk, ledger) => {
  const store = await openStore(options(disk))
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

/** What a key holds in a folder where the workload saved nothing: the default library's value. */
async function initialMarkers(): Promise<(key: Key) => Marker> {
  const store = await openStore(options(SimulatedDisk.withFolders('/sim')))
  return (key) => readMarker(store, key)
}

interface Campaign {
  crashPoints: number
  acknowledged: number
}

async function crashAtEveryBoundary(workload: Workload, cut: CutKind): Promise<Campaign> {
  const initial = await initialMarkers()
  let acknowledged = 0
  for (let crashAt = 0; ; crashAt++) {
    const disk = SimulatedDisk.withFolders('/sim')
    disk.crashAt = crashAt
    const ledger = new SaveLedger()
    try {
      await workload(disk, ledger)
    } catch (error) {
      if (!disk.crashed) throw error
    }
    await ledger.settled()
    if (!disk.crashed) return { crashPoints: crashAt, acknowledged }
    acknowledged += ledger.acknowledged

    let reopened: Store
    try {
      reopened = await openStore(options(disk.reboot(cut)))
    } catch (error) {
      throw new Error(
        `After a ${cut} cut at boundary ${crashAt}, Dossier could not open the folder: ${String(error)}`,
        {
          cause: error
        }
      )
    }
    const problems = ledger.problems((key) => readMarker(reopened, key), initial)
    const silentRepairs = reopened.notices.filter((notice) => notice.code !== 'default-library-installed')
    expect({ crashAt, problems, notices: silentRepairs.map((notice) => notice.message) }).toEqual({
      crashAt,
      problems: [],
      notices: []
    })
  }
}

describe('power loss at every write boundary', () => {
  for (const cut of ['power', 'kill'] as const) {
    it(`loses no acknowledged save (${cut === 'power' ? 'unsynced writes lost' : 'kill -9: the system keeps its cache'})`, async () => {
      const { crashPoints, acknowledged } = await crashAtEveryBoundary(everydaySaves, cut)
      console.info(
        `power-loss (${cut}): ${crashPoints} crash points, ${acknowledged} acknowledged saves checked, none lost`
      )
      expect(crashPoints).toBeGreaterThan(100)
    }, 300_000)
  }

  it('keeps a workload from being cut short silently', async () => {
    // The simulated disk refuses everything after the cut, as a machine without power would.
    const disk = SimulatedDisk.withFolders('/sim')
    disk.crashAt = 0
    await expect(openStore(options(disk))).rejects.toBeDefined()
    await expect(disk.fs.readFile(`${DATA_DIR}/settings.json`)).rejects.toBeInstanceOf(PowerCut)
  })
})
