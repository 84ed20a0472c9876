import type { LibraryItem, LibraryItemByKind, LibraryKind, Partner, Status } from '@shared/entities'
import { DUPLICATE_NAME_ISSUE, itemTitle, LIBRARY_KINDS, librarySchemas } from '@shared/entities'
import { sameName } from '@shared/fold-text'
import type { SaveLibraryItemInput } from '@shared/library-inputs'
import { pick } from '@shared/languages'
import { alignRecord, confirmedInStep, textsToUpdate } from '@shared/align-records'
import type { ItemUse } from '@shared/operations'
import type { Store } from '../../store'
import { DeletedRecords } from '../deleted-records'
import { ApiFailure, found } from '../failure'
import { readableId } from '../ids'
import { authorName } from '../people'
import type { LibraryIndex } from './library-index'
import { contentChanged, contentOf, ID_PREFIX, KIND_WORDS } from './item-content'
import { briefsUsing, briefsWithPartner, itemsLinkingPartner } from './uses'

export interface LibraryServiceOptions {
  store: Store
  index: LibraryIndex
  now: () => Date
}

/** Changes to library items: every saved change becomes a new version and keeps the earlier one. */
export function createLibraryService({ store, index, now }: LibraryServiceOptions) {
  const author = (): string => authorName(store.settings.get())

  // One holder per kind: ids are unique within a kind only.
  const deleted = Object.fromEntries(
    LIBRARY_KINDS.map((kind) => [kind, new DeletedRecords<LibraryItem>(KIND_WORDS[kind])])
  ) as Record<LibraryKind, DeletedRecords<LibraryItem>>

  const current = <K extends LibraryKind>(kind: K, id: string): LibraryItemByKind[K] =>
    found(store.library.get(kind, id), KIND_WORDS[kind], id)

  const checkVersion = (kind: LibraryKind, existing: LibraryItem, expected: number | undefined): void => {
    if (expected !== undefined && existing.version !== expected) {
      throw new ApiFailure(
        'conflict',
        `This ${KIND_WORDS[kind]} was changed (now version ${existing.version}) after you opened version ${expected}. Reload it to see the newer text, then make your change again.`
      )
    }
  }

  /** Writes the next version of an item, keeping the previous one in its history. */
  const commit = async <K extends LibraryKind>(
    kind: K,
    previous: LibraryItemByKind[K] | undefined,
    content: Omit<LibraryItemByKind[K], 'version' | 'updatedAt' | 'updatedBy' | 'history'>
  ): Promise<LibraryItemByKind[K]> => {
    const next = {
      ...content,
      version: (previous?.version ?? 0) + 1,
      updatedAt: now().toISOString(),
      updatedBy: author(),
      history: previous ? [...previous.history, contentOf(previous)] : []
    } as LibraryItemByKind[K]
    const parsed = librarySchemas[kind].parse(next) as LibraryItemByKind[K]
    await store.library.put(kind, parsed)
    index.upsert(kind, parsed)
    return parsed
  }

  return {
    /** Creates an item (no id given) or saves a changed one; an unchanged save makes no new version. */
    async save(input: SaveLibraryItemInput): Promise<LibraryItem> {
      const { kind, item: draft, expectedVersion } = input
      const existing = draft.id ? store.library.get(kind, draft.id) : undefined
      if (draft.id && !existing) {
        throw new ApiFailure(
          'not-found',
          `No ${KIND_WORDS[kind]} with id "${draft.id}" exists; it may have been deleted.`
        )
      }
      if (existing) checkVersion(kind, existing, expectedVersion)
      if (kind === 'partner') refuseTakenName(store, draft as Partial<Partner>, existing as Partner | undefined)
      // Which language now lags behind the other is worked out here, from what was saved before,
      // never taken from the window (translation.ts).
      const aligned = alignRecord(draft, existing ? contentOf(existing) : undefined)
      if (existing && !contentChanged(contentOf(existing), aligned)) return existing
      const title = pick(itemTitle(kind, { ...aligned, history: [] } as unknown as LibraryItem), 'en')
      const id = existing?.id ?? readableId(ID_PREFIX[kind], title, (candidate) => !!store.library.get(kind, candidate))
      return commit(kind, existing, { ...aligned, id } as never)
    },

    /** Retires an item, or brings it back as approved or draft. */
    async setStatus(kind: LibraryKind, id: string, status: Status, expectedVersion?: number): Promise<LibraryItem> {
      const existing = current(kind, id)
      checkVersion(kind, existing, expectedVersion)
      if (existing.status === status) return existing
      return commit(kind, existing, { ...contentOf(existing), status } as never)
    },

    /** Makes an earlier version current again, as a new version (the history keeps everything). */
    async restoreVersion(
      kind: LibraryKind,
      id: string,
      version: number,
      expectedVersion?: number
    ): Promise<LibraryItem> {
      const existing = current(kind, id)
      checkVersion(kind, existing, expectedVersion)
      const earlier = existing.history.find((entry) => entry.version === version)
      if (!earlier) {
        throw new ApiFailure('not-found', `Version ${version} of this ${KIND_WORDS[kind]} is not in its history.`)
      }
      // The id is the item's own: an entry's id is whatever was stored with it, and an imported
      // copy's history can carry the original's id.
      const { version: _v, updatedAt: _at, updatedBy: _by, ...content } = earlier
      // Restoring is an edit like any other: bringing back one language's older text alone
      // leaves the other needing an update.
      return commit(kind, existing, alignRecord({ ...content, id: existing.id }, contentOf(existing)) as never)
    },

    /**
     * "Still matches": a person has checked that both languages of every text say the same thing.
     * Saved as a version of its own, so the history shows who confirmed it and when.
     */
    async confirmTranslation(kind: LibraryKind, id: string, expectedVersion?: number): Promise<LibraryItem> {
      const existing = current(kind, id)
      checkVersion(kind, existing, expectedVersion)
      if (textsToUpdate(contentOf(existing)).length === 0) return existing
      return commit(kind, existing, confirmedInStep(contentOf(existing)) as never)
    },

    /** Where an item is used: the briefs that would lose it if it were deleted, each once. */
    uses(kind: LibraryKind, id: string): ItemUse[] {
      current(kind, id)
      const briefs = store.briefs.list()
      if (kind !== 'partner') return briefsUsing(briefs, kind, id)
      // A partner's profile in a brief whose meeting is with that partner: one brief, named once.
      const all = [...briefsUsing(briefs, kind, id), ...briefsWithPartner(briefs, id)]
      return all.filter((use, index) => all.findIndex((each) => each.briefId === use.briefId) === index)
    },

    /** Deletes an item no brief or other item depends on, and returns it so the user can undo. */
    async remove(kind: LibraryKind, id: string): Promise<LibraryItem> {
      const existing = current(kind, id)
      const uses = this.uses(kind, id)
      if (uses.length > 0) {
        const titles = uses.map((use) => `"${use.briefTitle.en || use.briefTitle.fr}"`).join(', ')
        throw new ApiFailure(
          'in-use',
          `This ${KIND_WORDS[kind]} is used in ${uses.length} brief(s) (${titles}), so it cannot be deleted. Retire it instead.`
        )
      }
      if (kind === 'partner') {
        const links = (['partner', 'keyMessage', 'irritant', 'backgroundNote'] as const).reduce(
          (count, other) => count + itemsLinkingPartner(store.library.list(other), id),
          0
        )
        if (links > 0) {
          throw new ApiFailure(
            'in-use',
            `${links} other library item(s) are linked to this partner, so it cannot be deleted. Retire it instead, or unlink them first.`
          )
        }
      }
      await store.library.remove(kind, id)
      index.remove(kind, id)
      deleted[kind].keep(existing)
      return existing
    },

    /** Puts an item deleted in this session back exactly as it was (the undo of remove). */
    async reinstate(kind: LibraryKind, id: string): Promise<LibraryItem> {
      return deleted[kind].putBack(
        id,
        (taken) => store.library.get(kind, taken) !== undefined,
        async (item) => {
          await store.library.put(kind, item as LibraryItemByKind[typeof kind])
          index.upsert(kind, item)
        }
      )
    }
  }
}

export type LibraryService = ReturnType<typeof createLibraryService>

/**
 * Refuses a partner named, in either language, as another partner is: every list, picker and
 * brief would show two "Mexico" with nothing to tell them apart. Imports are not refused (a
 * bundle's partner is matched by id, and its publisher's choice), only what is typed here.
 */
function refuseTakenName(store: Store, draft: Partial<Partner>, existing: Partner | undefined): void {
  const name = draft.name
  if (!name) return
  // Only a name typed now: partners already alike (from an import, or an older Dossier) stay editable.
  const typed = (['en', 'fr'] as const).filter((language) => !existing || name[language] !== existing.name[language])
  if (typed.length === 0) return
  for (const other of store.library.list('partner')) {
    if (other.id === draft.id) continue
    for (const language of typed) {
      if (name[language].trim() === '' || !sameName(name[language], other.name[language])) continue
      const message = `Another partner is already named "${other.name[language]}"; give this one a name that tells them apart.`
      throw new ApiFailure('invalid-input', message, [
        { path: `item.name.${language}`, message, key: DUPLICATE_NAME_ISSUE }
      ])
    }
  }
}
