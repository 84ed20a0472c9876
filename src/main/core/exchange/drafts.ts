import { idSchema, librarySchemas, LIBRARY_KINDS } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { today } from '@shared/dates'
import { MAX_TEXT_LENGTH } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import type { Topic } from '@shared/topics'
import { topicSchema } from '@shared/topics'
import type { LibraryChange } from '../../store'
import { readableId } from '../ids'
import { ID_PREFIX } from '../library/item-content'
import { issueProblems } from './problems'
import type { ImportProblem } from './problems'
import { emptySource } from '@shared/source'

/** A paragraph the user picked from a Word document, and what to make of it. */
export interface ParagraphSelection {
  text: string
  kind: LibraryKind
  /** Links the new item to a partner (ignored for a partner itself). */
  partnerId?: string
  topic?: Topic
  /** The language the paragraph is written in; the other stays empty until translated. */
  language: Language
}

export type DraftsResult = { ok: true; drafts: LibraryChange[] } | { ok: false; problems: ImportProblem[] }

/** Titles are the text's first words, up to about this many characters. */
export const TITLE_LENGTH = 80

/**
 * Turns picked paragraphs into draft library items (version 1, no history) ready for
 * store.library.put or the library service. `isTaken` tells which ids the library already uses.
 */
export function draftsFromParagraphs(
  selections: readonly ParagraphSelection[],
  now: Date,
  author: string,
  isTaken: (kind: LibraryKind, id: string) => boolean = () => false
): DraftsResult {
  const by = author.trim().slice(0, 500) || 'Unnamed user'
  const used = new Set<string>()
  const drafts: LibraryChange[] = []
  const problems: ImportProblem[] = []
  selections.forEach((selection, index) => {
    const where = `paragraph ${index + 1}`
    const text = selection.text.trim()
    const selectionProblem = checkSelection(selection, text)
    if (selectionProblem) {
      problems.push({ where, message: selectionProblem })
      return
    }
    const title = titleFrom(text)
    const id = readableId(ID_PREFIX[selection.kind], title, (candidate) => {
      return used.has(`${selection.kind}:${candidate}`) || isTaken(selection.kind, candidate)
    })
    used.add(`${selection.kind}:${id}`)
    const item = draftItem(selection, id, text, title, now, by)
    const parsed = librarySchemas[selection.kind].safeParse(item)
    if (!parsed.success) {
      problems.push(...issueProblems(parsed.error, item, where))
      return
    }
    drafts.push({ kind: selection.kind, item: parsed.data } as LibraryChange)
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, drafts }
}

function checkSelection(selection: ParagraphSelection, text: string): string | null {
  if (!LIBRARY_KINDS.includes(selection.kind)) return `"${String(selection.kind)}" is not a kind of library item.`
  if (selection.language !== 'en' && selection.language !== 'fr') return 'Choose English or French for this text.'
  if (text === '') return 'The paragraph is empty.'
  if (text.length > MAX_TEXT_LENGTH) {
    return `The paragraph is ${text.length} characters long; a library text holds at most ${MAX_TEXT_LENGTH}. Split it into several items.`
  }
  if (selection.partnerId !== undefined && !idSchema.safeParse(selection.partnerId).success) {
    return `"${selection.partnerId}" is not a partner id.`
  }
  if (selection.topic !== undefined && !topicSchema.safeParse(selection.topic).success) {
    return `"${selection.topic}" is not a topic.`
  }
  return null
}

/** The text's first words, cut at a word boundary near TITLE_LENGTH characters, with an ellipsis when cut. */
export function titleFrom(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= TITLE_LENGTH) return line
  const cut = line.slice(0, TITLE_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space >= TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

function draftItem(
  selection: ParagraphSelection,
  id: string,
  text: string,
  title: string,
  now: Date,
  author: string
): LibraryItem {
  const inLanguage = (value: string): BilingualText =>
    selection.language === 'en' ? { en: value, fr: '' } : { en: '', fr: value }
  const reviewed = today(now)
  const meta = {
    id,
    status: 'draft' as const,
    marking: 'UNCLASSIFIED' as const,
    owner: author,
    topics: selection.topic ? [selection.topic] : [],
    lastReviewed: reviewed,
    source: emptySource(),
    reviewBy: addYear(reviewed),
    version: 1,
    updatedAt: now.toISOString(),
    updatedBy: author,
    history: []
  }
  const partnerIds = selection.partnerId ? [selection.partnerId] : []
  const empty = { en: '', fr: '' }
  switch (selection.kind) {
    case 'partner':
      return {
        ...meta,
        kind: 'country',
        name: inLanguage(title),
        summary: inLanguage(text),
        relationship: empty,
        keyFacts: [],
        people: [],
        programmes: [],
        relatedPartnerIds: [],
        tags: []
      }
    case 'keyMessage':
      return { ...meta, title: inLanguage(title), text: inLanguage(text), partnerIds }
    case 'irritant':
      return { ...meta, title: inLanguage(title), context: inLanguage(text), responsiveLines: [], partnerIds }
    case 'backgroundNote':
      return { ...meta, title: inLanguage(title), body: inLanguage(text), partnerIds }
  }
}

// Same rule as a new item made in the library screen: due for review a year after it was written.
export function addYear(isoDate: string): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)]
  return `${year + 1}${rest === '-02-29' ? '-02-28' : rest}`
}
