import type { LibraryItemByKind, LibraryKind } from '@shared/entities'
import type { BilingualText } from '@shared/languages'
import { searchableText } from '@shared/rich-text'

// How a library item becomes a search document: one string per searched field, English and
// French side by side, so a query in either language finds the item. Only text is kept; the
// item itself stays in the store. Body texts are indexed without their list numbers (see
// src/shared/rich-text.ts), so "1." is not a word of the text; the tokenizer already skips
// bullets and emphasis markers, which are not letters, and finds the words inside them.

/** The searched fields, named after what the user sees matching. */
export const SEARCH_FIELDS = [
  'title',
  'name',
  'summary',
  'text',
  'context',
  'body',
  'lines',
  'relationship',
  'facts',
  'people',
  'programmes',
  'tags'
] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/** A title or a name outranks anything in the body; short descriptive fields come next. */
export const FIELD_BOOSTS: Partial<Record<SearchField, number>> = {
  title: 6,
  name: 6,
  tags: 3,
  people: 2,
  programmes: 2,
  summary: 1.5,
  facts: 1.5
}

/** The texts of one item, by field; a field the item's kind does not have is left out. */
export type SearchDocument = Partial<Record<SearchField, string>>

/** An index id unique across kinds: `irritant:visa-delays`. */
export function documentId(kind: LibraryKind, id: string): string {
  return `${kind}:${id}`
}

function both(text: BilingualText): string {
  return `${text.en}\n${text.fr}`
}

function all(texts: BilingualText[]): string {
  return texts.map(both).join('\n')
}

/** A body text in both languages, as read. */
function read(text: BilingualText): string {
  return `${searchableText(text.en)}\n${searchableText(text.fr)}`
}

/** The searched texts of one library item. */
export function toDocument<K extends LibraryKind>(kind: K, item: LibraryItemByKind[K]): SearchDocument {
  switch (kind) {
    case 'partner': {
      const partner = item as LibraryItemByKind['partner']
      return {
        name: both(partner.name),
        summary: read(partner.summary),
        relationship: read(partner.relationship),
        // A figure series is found by its name ("study permits"), as a key fact by its label.
        facts: [
          ...partner.keyFacts.map((fact) => `${both(fact.label)}\n${both(fact.value)}`),
          ...(partner.figures ?? []).map((series) => both(series.name))
        ].join('\n'),
        people: partner.people
          .map((person) => `${person.name}\n${both(person.title)}\n${both(person.organization)}`)
          .join('\n'),
        programmes: all(partner.programmes),
        tags: partner.tags.join('\n')
      }
    }
    case 'keyMessage': {
      const message = item as LibraryItemByKind['keyMessage']
      return { title: both(message.title), text: read(message.text) }
    }
    case 'irritant': {
      const irritant = item as LibraryItemByKind['irritant']
      return {
        title: both(irritant.title),
        context: read(irritant.context),
        lines: irritant.responsiveLines.map((line) => read(line.text)).join('\n')
      }
    }
    default: {
      const note = item as LibraryItemByKind['backgroundNote']
      return { title: both(note.title), body: read(note.body) }
    }
  }
}
