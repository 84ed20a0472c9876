import { today } from '@shared/dates'
import type { LibraryItem, LibraryItemByKind, LibraryKind } from '@shared/entities'
import type { LibraryDraftByKind } from '@shared/library-inputs'
import { emptySource } from '@shared/source'

const blank = () => ({ en: '', fr: '' })

function addYear(isoDate: string): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)]
  // 29 February has no twin next year; the 28th keeps the date valid.
  return `${year + 1}${rest === '-02-29' ? '-02-28' : rest}`
}

/** Fields every new item starts with: a draft, unclassified, reviewed today, due again in a year, no source yet. */
function newMeta() {
  const reviewed = today()
  return {
    status: 'draft' as const,
    marking: 'UNCLASSIFIED',
    owner: '',
    topics: [],
    lastReviewed: reviewed,
    reviewBy: addYear(reviewed),
    source: emptySource()
  }
}

/** An empty draft of the given kind, for the "New…" form; it has no id until saved. */
export function newDraft<K extends LibraryKind>(kind: K, partnerIds: string[] = []): LibraryDraftByKind[K] {
  const meta = newMeta()
  const drafts: LibraryDraftByKind = {
    partner: {
      ...meta,
      kind: 'country',
      name: blank(),
      summary: blank(),
      relationship: blank(),
      keyFacts: [],
      people: [],
      programmes: [],
      relatedPartnerIds: [],
      tags: []
    },
    keyMessage: { ...meta, title: blank(), text: blank(), partnerIds },
    irritant: { ...meta, title: blank(), context: blank(), responsiveLines: [], partnerIds },
    backgroundNote: { ...meta, title: blank(), body: blank(), partnerIds }
  }
  return drafts[kind]
}

/** What a form edits of a saved item: everything but the history and what the app fills in. */
export function draftFromItem<K extends LibraryKind>(_kind: K, item: LibraryItemByKind[K]): LibraryDraftByKind[K] {
  const { history: _history, version: _version, updatedAt: _at, updatedBy: _by, ...content } = item as LibraryItem
  return content as LibraryDraftByKind[K]
}

// Nested entries (people, responsive lines) need ids the store keeps; the item's own id is
// made by the app from its title, but these are made here, short and random.
/** A fresh id for a nested entry such as a person or a responsive line. */
export function newEntryId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return `${prefix}-${Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('')}`
}
