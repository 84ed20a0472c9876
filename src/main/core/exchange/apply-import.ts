import { itemTitle, librarySchemas } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { MAX_TEXT_LENGTH, pick } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import type { FieldIssue } from '@shared/result'
import type { LibraryChange, Store } from '../../store'
import { ApiFailure } from '../failure'
import { readableId } from '../ids'
import { contentOf, ID_PREFIX, KIND_WORDS } from '../library/item-content'
import { mergeVersions, sameVersion } from './item-versions'
import { choiceKey } from './choice-key'
import { checkConsent } from './import-gate'
import type { ImportConsent } from './import-gate'
import type { ImportEntry, ImportPreview } from './preview-import'

/** How a conflict is settled: keep mine, take theirs (mine stays in the history), or keep both. */
export const IMPORT_CHOICES = ['mine', 'theirs', 'both'] as const
export type ImportChoice = (typeof IMPORT_CHOICES)[number]

export interface ImportApplied {
  /** Every item written, as written: what the search index must learn. */
  changed: LibraryChange[]
  /** The backup of the library as it was before, under backups/ (null when nothing changed). */
  backup: string | null
  /** Items added (new ones, and theirs kept beside mine). */
  added: number
  /** Items that took the incoming text (updated ones, and conflicts settled as theirs). */
  updated: number
  /** Items left as they were (unchanged, local-newer, conflicts settled as mine). */
  kept: number
  /**
   * Local briefs whose placed version was renumbered by the merge (my versions move above theirs
   * so that every number names one version) and that now name it by its new number.
   */
  briefsUpdated: number
  /** Set when some of those briefs could not be saved: the library is imported all the same. */
  briefProblem: string | null
}

const IMPORTED_MARK: BilingualText = { en: ' (imported)', fr: ' (importé)' }

/**
 * Applies a previewed import: new and updated items are taken, each conflict as chosen. The
 * library is backed up first, then changed in one all-or-nothing batch. Refused, with nothing
 * written, while a conflict is unsettled, when the library changed since the preview, and
 * without the consent an untrusted file or a downgrade needs (import-gate.ts).
 */
export async function applyImport(
  store: Store,
  preview: ImportPreview,
  choices: Record<string, ImportChoice>,
  now: Date,
  author: string,
  consent: ImportConsent = {}
): Promise<ImportApplied> {
  checkChoices(preview, choices)
  checkConsent(preview, choices, consent)
  const by = author.trim().slice(0, 500) || 'Unnamed user'
  const at = now.toISOString()
  const changes: LibraryChange[] = []
  const newIds = new Set<string>()
  const counts = { added: 0, updated: 0, kept: 0 }
  // Per item (`kind:id`): my old version numbers that the merge moved, and where to.
  const renumberings = new Map<string, ReadonlyMap<number, number>>()

  for (const entry of preview.entries) {
    const choice = entry.status === 'conflict' ? choices[choiceKey(entry.kind, entry.id)] : undefined
    const add = (item: LibraryItem, renumbered?: ReadonlyMap<number, number>): void => {
      changes.push(checked(entry.kind, item))
      if (renumbered && renumbered.size > 0) renumberings.set(choiceKey(entry.kind, entry.id), renumbered)
    }
    if (entry.status === 'new') {
      add(entry.theirs)
      counts.added += 1
    } else if (entry.status === 'updated') {
      const { item, renumbered } = withMissingVersions(entry.mine!, entry.theirs, at, by)
      add(item, renumbered)
      counts.updated += 1
    } else if (choice === 'theirs') {
      const { item, renumbered } = theirsOverMine(entry.mine!, entry.theirs, at, by)
      add(item, renumbered)
      counts.updated += 1
    } else if (choice === 'both') {
      const copy = importedCopy(store, preview, entry, newIds, at, by)
      newIds.add(choiceKey(entry.kind, copy.id))
      add(copy)
      counts.added += 1
      counts.kept += 1
    } else {
      counts.kept += 1
    }
  }
  if (changes.length === 0) return { changed: [], backup: null, ...counts, briefsUpdated: 0, briefProblem: null }

  const { backup } = await store.library.applyBatch(changes, {
    backup: { at: now, label: 'before-import' },
    // Under the batch's lock, once earlier saves have landed: nothing can slip in between.
    check: () => checkUnchangedSincePreview(store, preview, newIds)
  })
  // Only once the library is durable: a brief must never name a number the library does not hold yet.
  const briefs = await followRenumbering(store, renumberings, now)
  return { changed: changes, backup, ...counts, ...briefs }
}

/**
 * Points local briefs that placed one of my renumbered versions at its new number, so they keep
 * showing the text they placed (under its old number they would show another office's version).
 */
async function followRenumbering(
  store: Store,
  renumberings: ReadonlyMap<string, ReadonlyMap<number, number>>,
  now: Date
): Promise<{ briefsUpdated: number; briefProblem: string | null }> {
  if (renumberings.size === 0) return { briefsUpdated: 0, briefProblem: null }
  let briefsUpdated = 0
  const failed: string[] = []
  for (const brief of store.briefs.list()) {
    let touched = false
    const sections = brief.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => {
        if (item.type !== 'library') return item
        const placedVersion = renumberings.get(choiceKey(item.kind, item.itemId))?.get(item.placedVersion)
        if (placedVersion === undefined) return item
        touched = true
        return { ...item, placedVersion }
      })
    }))
    if (!touched) continue
    try {
      // A new updatedAt: a composer that has this brief open must reload rather than autosave
      // the old numbers back over these.
      await store.briefs.put({ ...brief, sections, updatedAt: now.toISOString() })
      briefsUpdated += 1
    } catch {
      failed.push(brief.id)
    }
  }
  if (failed.length === 0) return { briefsUpdated, briefProblem: null }
  const list = failed.length > 5 ? `${failed.slice(0, 5).join(', ')} and ${failed.length - 5} more` : failed.join(', ')
  return {
    briefsUpdated,
    briefProblem:
      `The library was imported in full, but ${failed.length} brief(s) (${list}) could not be saved with the new ` +
      `numbers of the versions they placed. Nothing is lost: the placed version is still in the item's history, ` +
      `under a new number. Check these briefs' items against the history and place them again if needed.`
  }
}

function checkChoices(preview: ImportPreview, choices: Record<string, ImportChoice>): void {
  const unsettled: FieldIssue[] = []
  for (const entry of preview.entries) {
    if (entry.status !== 'conflict') continue
    const key = choiceKey(entry.kind, entry.id)
    const choice = choices[key] as string | undefined
    if (choice === undefined) {
      unsettled.push({ path: key, message: `Choose which ${KIND_WORDS[entry.kind]} to keep: mine, theirs or both.` })
    } else if (!(IMPORT_CHOICES as readonly string[]).includes(choice)) {
      unsettled.push({ path: key, message: `"${choice}" is not a choice; use mine, theirs or both.` })
    }
  }
  if (unsettled.length > 0) {
    throw new ApiFailure(
      'conflict',
      `${unsettled.length} item(s) changed both here and in the bundle. Choose, for each, which text to keep; nothing was imported.`,
      unsettled
    )
  }
}

function checkUnchangedSincePreview(store: Store, preview: ImportPreview, newIds: ReadonlySet<string>): void {
  for (const entry of preview.entries) {
    const now = store.library.get(entry.kind, entry.id)
    const same = entry.mine === undefined ? now === undefined : now !== undefined && sameVersion(now, entry.mine)
    if (!same) {
      throw new ApiFailure(
        'conflict',
        `The ${KIND_WORDS[entry.kind]} ${entry.id} changed in this library since the import was previewed. Preview the import again; nothing was imported.`
      )
    }
  }
  for (const key of newIds) {
    const [kind, id] = key.split(':') as [LibraryKind, string]
    if (store.library.get(kind, id)) {
      throw new ApiFailure(
        'conflict',
        `The id ${id} was taken since the import was previewed. Preview the import again; nothing was imported.`
      )
    }
  }
}

interface Merged {
  item: LibraryItem
  /** My old version numbers that now name another version, with my version's new number. */
  renumbered: ReadonlyMap<number, number>
}

// Theirs already holds my current version, and is taken as it is. Should I hold an older version
// they lack, it is kept, numbered above both sides, and their text is saved again on top.
function withMissingVersions(mine: LibraryItem, theirs: LibraryItem, at: string, by: string): Merged {
  const merged = mergeVersions(mine, theirs)
  if (merged.theirsAsIs) return { item: theirs, renumbered: merged.renumbered }
  return theirsOverMine(mine, theirs, at, by)
}

// Their text becomes a new version above both, and every version of both sides stays in the
// history, each under a number of its own: theirs keep theirs, mine move above (see mergeVersions).
function theirsOverMine(mine: LibraryItem, theirs: LibraryItem, at: string, by: string): Merged {
  const { history, next, renumbered } = mergeVersions(mine, theirs)
  const item = { ...contentOf(theirs), version: next, updatedAt: at, updatedBy: by, history } as LibraryItem
  return { item, renumbered }
}

// Theirs, beside mine under a new id and a title that says where it came from. Its own versions
// stay in its history, under the new id (an item's history is its own); the renaming is a version
// of its own.
function importedCopy(
  store: Store,
  preview: ImportPreview,
  entry: ImportEntry,
  newIds: ReadonlySet<string>,
  at: string,
  by: string
): LibraryItem {
  const { kind, theirs } = entry
  const taken = (id: string): boolean =>
    store.library.get(kind, id) !== undefined ||
    newIds.has(choiceKey(kind, id)) ||
    preview.entries.some((other) => other.kind === kind && other.id === id)
  const title = itemTitle(kind, theirs)
  const id = readableId(ID_PREFIX[kind], pick(title, 'en'), taken)
  const titleField = kind === 'partner' ? 'name' : 'title'
  // Its versions, each number once (no brief here placed them: the id is new).
  const { history, next } = mergeVersions(theirs, theirs)
  return {
    ...contentOf(theirs),
    id,
    [titleField]: markImported(title),
    version: next,
    updatedAt: at,
    updatedBy: by,
    history: history.map((version) => ({ ...version, id }))
  } as LibraryItem
}

function markImported(title: BilingualText): BilingualText {
  const mark = (text: string, suffix: string): string => `${text.slice(0, MAX_TEXT_LENGTH - suffix.length)}${suffix}`
  // A draft may lack a language; the mark goes on the languages written, or on both when none is.
  const none = title.en.trim() === '' && title.fr.trim() === ''
  return {
    en: none || title.en.trim() !== '' ? mark(title.en, IMPORTED_MARK.en).trim() : title.en,
    fr: none || title.fr.trim() !== '' ? mark(title.fr, IMPORTED_MARK.fr).trim() : title.fr
  }
}

function checked(kind: LibraryKind, item: LibraryItem): LibraryChange {
  const parsed = librarySchemas[kind].safeParse(item)
  if (!parsed.success) {
    throw new ApiFailure(
      'invalid-input',
      `The ${KIND_WORDS[kind]} ${item.id} would not be valid once imported (${parsed.error.issues[0]?.message ?? 'invalid'}); nothing was imported.`
    )
  }
  return { kind, item: parsed.data } as LibraryChange
}
