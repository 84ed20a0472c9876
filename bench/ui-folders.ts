import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Brief, Package } from '@shared/entities'
import { releaseDataLock } from '../src/main/store'
import type { ApiSession } from '../src/main/api'
import { openTestSession } from '../tests/app-harness'
import { largeFolder } from './cli-bench'
import { syntheticBrief } from './export-bench'

// The two data folders the UI bench drives: the embedded default library as a new user has it,
// and the synthetic 20,000-item, 1,000-partner library with a 152-item brief and a package of 20
// briefs. Both are written, then given back (store flushed, lock released), so that every timed
// start opens an existing folder as the app does.

/** A folder ready for the UI bench, and what the walk looks for in it. */
export interface UiFolder {
  /** Suffix of the figures' names: `ui embedded: …`, `ui 20k: …`. */
  label: string
  dataDir: string
  /** The brief edited in the composer: its title in the briefs list and the item whose text is typed into. */
  brief: { title: string; itemId: string }
  /** The package opened and exported: its name in the list and how many briefs it holds. */
  pkg: { name: string; briefs: number }
}

const PACKAGE_BRIEFS = 20
const STAMP = '2026-03-01T12:00:00.000Z'

/** Flushes what the session queued and releases the folder's lock, as the app does when it quits. */
export async function closeSession(session: ApiSession, dataDir: string): Promise<void> {
  await session.store?.flush()
  await releaseDataLock(dataDir)
}

/**
 * Where the bench's opens remember validated files. The app's folders are encrypted, and their
 * files carry checked marks that spare an open validating them again; the bench's folders are
 * plain, and get the same through the cache the command line keeps (store/content-checks.ts).
 */
export const CHECKED_CACHE = join(tmpdir(), `dossier-ui-bench-checked-${process.pid}`)

/** Opens the folder once, answering the first-start step as a user in a hurry does, and gives it back. */
export async function firstStart(dataDir: string): Promise<void> {
  await closeSession(await openTestSession(dataDir, { checkedCache: CHECKED_CACHE }), dataDir)
}

/** The first library item placed in a key-messages section: it has a per-brief text to type into. */
function keyMessageItem(brief: Brief): string {
  for (const section of brief.sections) {
    if (section.kind !== 'key-messages') continue
    const item = section.items.find((each) => each.type === 'library')
    if (item) return item.id
  }
  throw new Error(`The brief ${brief.id} has no key message to edit.`)
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`)
  return result.value
}

/**
 * The embedded default library, seeded by opening the api on a new folder; its first brief is the
 * one edited, and a package holds it, the other embedded brief and copies of both, 20 in all.
 */
export async function embeddedFolder(dataDir: string): Promise<UiFolder> {
  const session = await openTestSession(dataDir)
  const { api } = session
  const originals = unwrap(await api['briefs.list']({}), 'The embedded briefs could not be listed')
  const listed = originals[0]
  if (!listed) throw new Error('The embedded library has no brief.')
  const first = unwrap(await api['briefs.get']({ id: listed.id }), 'The first embedded brief could not be read')
  const briefIds = originals.map((brief) => brief.id)
  for (let index = 0; briefIds.length < PACKAGE_BRIEFS; index += 1) {
    const source = originals[index % originals.length] ?? listed
    briefIds.push(unwrap(await api['briefs.duplicate']({ id: source.id }), 'A brief could not be copied').id)
  }
  const name = 'UI bench trip'
  unwrap(
    await api['packages.create']({
      name: { en: name, fr: 'Voyage du banc d’essai' },
      startDate: '2027-02-15',
      endDate: '2027-02-28',
      marking: 'PROTECTED A',
      briefIds
    }),
    'The package could not be created'
  )
  await closeSession(session, dataDir)
  return {
    label: 'embedded',
    dataDir,
    brief: { title: first.title.en, itemId: keyMessageItem(first) },
    pkg: { name, briefs: PACKAGE_BRIEFS }
  }
}

/**
 * The synthetic 20,000-item library (cli-bench.ts writes the same one), with a brief of 152
 * placed items (50 key messages, 50 irritants, 50 background notes, two partner profiles) and a
 * package of 20 briefs of 32 items each, all written by the store as its default library. Not
 * opened by the app yet: see firstStart.
 */
export async function largeUiFolder(dataDir: string): Promise<UiFolder> {
  let brief: Brief | null = null
  const name = 'UI bench trip, 20 briefs'
  await largeFolder(dataDir, (library) => {
    brief = syntheticBrief(library, 'ui-brief-152', 50)
    const briefs = Array.from({ length: PACKAGE_BRIEFS }, (_, index) =>
      syntheticBrief(library, `ui-package-brief-${index}`, 10, index * 10)
    )
    const pkg: Package = {
      id: 'ui-package',
      name: { en: name, fr: 'Voyage du banc d’essai, 20 notes' },
      startDate: '2027-02-17',
      endDate: '2027-02-28',
      marking: 'PROTECTED A',
      briefIds: briefs.map((each) => each.id),
      createdAt: STAMP,
      updatedAt: STAMP
    }
    return { briefs: [brief, ...briefs], packages: [pkg] }
  })
  const edited = brief as Brief | null
  if (edited === null) throw new Error('The 20,000-item folder was written without its brief.')
  const items = edited.sections.reduce((count, section) => count + section.items.length, 0)
  if (items !== 152) throw new Error(`The 20,000-item folder's brief has ${items} items, not 152.`)
  return {
    label: '20k',
    dataDir,
    brief: { title: edited.title.en, itemId: keyMessageItem(edited) },
    pkg: { name, briefs: PACKAGE_BRIEFS }
  }
}
