import type {
  Brief,
  BriefItem,
  Irritant,
  IrritantRows,
  LibraryItem,
  LibraryItemByKind,
  LibraryKind,
  ListedItem,
  Partner
} from './entities'
import { itemTitle } from './entities'
import { sameFigures } from './figures'
import { laggingTranslations, missingTranslations } from './brief-field-checks'
import { COMPLETENESS_CODES, completenessGaps } from './brief-completeness'
import type { BilingualText, Language } from './languages'
import { languagesIn } from './languages'
import type { Marking } from './markings'
import { highestMarking, markingRank } from './markings'
import { reviewState } from './review'
import { choicesOnly, irritantRows, joinedRows, orphanRows } from './irritant-rows'
import type { IrritantRow } from './irritant-rows'
import { languageToUpdate, textState } from './translation'

// Composition rules shared by the app's services and the composer's live preview: pure functions
// of a brief and the library items it references.

/** Finds the current library item a brief refers to. */
export type LibraryLookup = <K extends LibraryKind>(kind: K, id: string) => LibraryItemByKind[K] | undefined

type Content = Omit<LibraryItem, 'history'>

/**
 * The text of an item that a brief shows and may edit: the message, the note, the summary. An
 * irritant shows its rows as one text (irritant-rows.ts): its context, its general lines, the
 * lines for the brief's partners, and the lines the officer added, less those left out.
 */
export function briefText(
  kind: LibraryKind,
  item: Content,
  briefPartnerIds: readonly string[],
  rows?: IrritantRows
): BilingualText {
  switch (kind) {
    case 'keyMessage':
      return (item as LibraryItemByKind['keyMessage']).text
    case 'backgroundNote':
      return (item as LibraryItemByKind['backgroundNote']).body
    case 'partner':
      return (item as LibraryItemByKind['partner']).summary
    case 'irritant': {
      const irritant = item as Omit<Irritant, 'history'>
      return joinedRows(irritantRows(rows, irritant, irritant, briefPartnerIds))
    }
  }
}

/** The item as it was at a given version: the current one or an entry of its history. */
export function atVersion(item: LibraryItem, version: number): Content | undefined {
  if (item.version === version) return item
  return (item.history as Content[]).find((entry) => entry.version === version)
}

function sameText(a: BilingualText, b: BilingualText): boolean {
  return a.en === b.en && a.fr === b.fr
}

/** A brief item with everything the composer, the checks and the export need to know about it. */
export interface ResolvedItem {
  briefItem: BriefItem
  /** The current library item, or null for free text and for an item no longer in the library. */
  library: LibraryItem | null
  kind: LibraryKind | null
  /** The title (a partner's name) of the version placed: a brief prints what it was given. */
  title: BilingualText
  /**
   * What the brief shows: its own edit, else the library text as it was when placed. Its record
   * of translation (translation.ts) is the library's current one when the text is still the same,
   * so a confirmation made in the library holds in the brief too.
   */
  text: BilingualText
  /** True when the brief carries its own edit of the text. */
  edited: boolean
  /** The library's current text when it, its title or its figures differ from what the brief copied; null when up to date. */
  newerLibraryText: BilingualText | null
  /** The library's current title when it differs from the one the brief copied; null otherwise. */
  newerLibraryTitle: BilingualText | null
  missing: boolean
  /** An irritant's rows (its context, then its lines), which `text` joins; null for other kinds. */
  rows: IrritantRow[] | null
}

/** Resolves one brief item against the library. */
export function resolveItem(
  briefItem: BriefItem,
  lookup: LibraryLookup,
  briefPartnerIds: readonly string[]
): ResolvedItem {
  if (briefItem.type === 'text') {
    return {
      briefItem,
      library: null,
      kind: null,
      title: { en: '', fr: '' },
      text: briefItem.text,
      edited: false,
      newerLibraryText: null,
      newerLibraryTitle: null,
      missing: false,
      rows: null
    }
  }
  const library = lookup(briefItem.kind, briefItem.itemId) ?? null
  if (!library) {
    const rows = briefItem.kind === 'irritant' ? orphanRows(briefItem.rows) : null
    return {
      briefItem,
      library: null,
      kind: briefItem.kind,
      title: { en: '', fr: '' },
      text: rows ? joinedRows(rows) : (briefItem.override ?? { en: '', fr: '' }),
      edited: false,
      newerLibraryText: null,
      newerLibraryTitle: null,
      missing: true,
      rows
    }
  }
  const placed = atVersion(library, briefItem.placedVersion) ?? library
  // The library's texts for the brief's choice of lines, as placed and as they are now.
  const choices = choicesOnly(briefItem.rows)
  const placedText = briefText(briefItem.kind, placed, briefPartnerIds, choices)
  const currentText = briefText(briefItem.kind, library, briefPartnerIds, choices)
  // A profile's figures print in the annexes as placed, so new figures in the library make the copy out of date too.
  const figuresChanged =
    briefItem.kind === 'partner' && !sameFigures((placed as Partner).figures, (library as Partner).figures)
  // A title corrected in the library is offered like a text, never put into the brief unasked
  // (an approved brief, or its export, would change under the officer's feet).
  const placedTitle = itemTitle(briefItem.kind, placed as ListedItem)
  const currentTitle = itemTitle(briefItem.kind, library)
  const titleChanged = !sameText(placedTitle, currentTitle)
  const changed =
    library.version > briefItem.placedVersion && (!sameText(placedText, currentText) || figuresChanged || titleChanged)
  const rows =
    briefItem.kind === 'irritant'
      ? irritantRows(briefItem.rows, placed as Omit<Irritant, 'history'>, library as Irritant, briefPartnerIds)
      : null
  return {
    briefItem,
    library,
    kind: briefItem.kind,
    title: placedTitle,
    text: rows
      ? joinedRows(rows)
      : (briefItem.override ?? (sameText(placedText, currentText) ? currentText : placedText)),
    edited: rows ? rows.some((row) => row.edited) : briefItem.override !== null,
    newerLibraryText: changed ? currentText : null,
    newerLibraryTitle: changed && titleChanged ? currentTitle : null,
    missing: false,
    rows
  }
}

/**
 * The marking a placed item carries in a brief: the higher of the library's current marking and
 * the marking of the version the brief copied. The brief prints the copied text, so lowering the
 * library item later must not lower the brief below what that text was marked.
 */
export function placedMarking(library: LibraryItem, placedVersion: number): Marking {
  const placed = atVersion(library, placedVersion)
  return highestMarking(placed ? [library.marking, placed.marking] : [library.marking])
}

/** The lowest marking the brief may carry: the highest of the library items it contains. */
export function markingFloor(brief: Brief, lookup: LibraryLookup): Marking {
  const markings: Marking[] = []
  for (const section of brief.sections) {
    for (const item of section.items) {
      if (item.type !== 'library') continue
      const library = lookup(item.kind, item.itemId)
      if (library) markings.push(placedMarking(library, item.placedVersion))
    }
  }
  return highestMarking(markings)
}

export const CHECK_CODES = [
  'missing-item',
  'missing-language',
  'marking-above-brief',
  'retired',
  'draft',
  'review-overdue',
  'out-of-date',
  'translation-out-of-step',
  'context-repeats-line',
  ...COMPLETENESS_CODES
] as const
export type CheckCode = (typeof CHECK_CODES)[number]

// These make a brief wrong to send; the others are worth a look but do not stop an export.
// No objectives stops it too: they are the officer's own work, known from the first draft, and a
// principal who does not know what the meeting is for is not briefed. The other gaps of the brief
// itself only warn: the date, the time, the place and the names on the other side are often
// settled by the partner a day before, and a draft must still go out for consultation; an empty
// section is left out of the Word file, so it prints nothing wrong.
const BLOCKING: ReadonlySet<CheckCode> = new Set([
  'missing-item',
  'missing-language',
  'marking-above-brief',
  'no-objectives'
])

/** One problem the checks panel lists, pointing at the brief item it concerns. */
export interface BriefCheck {
  code: CheckCode
  blocking: boolean
  sectionId: string
  briefItemId: string
  /** The item's title in both languages, for the panel's link text. */
  title: BilingualText
  /**
   * The missing language for missing-language; the language that needs updating for
   * translation-out-of-step; the item's marking for marking-above-brief; the language to write
   * first for no-objectives and no-meeting-place; the side for the participant checks.
   */
  detail: string | null
  /**
   * For a text of the brief itself rather than an item (its place, a participant's title): the
   * field's path in the brief, such as "meeting.place"; `briefItemId` is then empty. A check on a
   * whole section (an empty one) has neither a field nor an item.
   */
  field?: string
}

/**
 * Everything to look at before export: the brief's own gaps (objectives, meeting details, empty
 * sections, people to be confirmed), then drafts, overdue reviews, missing languages, retired or
 * higher-marked items.
 */
export function briefChecks(brief: Brief, lookup: LibraryLookup, today: string): BriefCheck[] {
  const languages = languagesIn(brief.language)
  const checks: BriefCheck[] = missingTranslations(brief, languages).map((text) => ({
    code: 'missing-language',
    blocking: BLOCKING.has('missing-language'),
    sectionId: text.section?.id ?? '',
    briefItemId: '',
    title: { en: '', fr: '' },
    detail: text.language,
    field: text.field
  }))
  // As for an item below: must fix for a document in the lagging language, worth a look otherwise.
  for (const text of laggingTranslations(brief)) {
    checks.push({
      code: 'translation-out-of-step',
      blocking: languages.includes(text.language),
      sectionId: text.section?.id ?? '',
      briefItemId: '',
      title: { en: '', fr: '' },
      detail: text.language,
      field: text.field
    })
  }
  for (const gap of completenessGaps(brief, languages)) {
    checks.push({ ...gap, blocking: BLOCKING.has(gap.code), briefItemId: '' })
  }
  for (const section of brief.sections) {
    for (const briefItem of section.items) {
      const resolved = resolveItem(briefItem, lookup, brief.partnerIds)
      const add = (code: CheckCode, detail: string | null = null, blocking = BLOCKING.has(code)): void => {
        checks.push({
          code,
          blocking,
          sectionId: section.id,
          briefItemId: briefItem.id,
          title: resolved.title,
          detail
        })
      }
      // An irritant is read row by row: a row in one language only prints that language in a
      // document of the other, though the other rows are written in both.
      const texts = resolved.rows ? resolved.rows.filter((row) => row.included).map((row) => row.text) : [resolved.text]
      for (const language of languages) {
        if (texts.some((text) => text[language].trim() === '')) add('missing-language', language)
      }
      // A language that lags behind the other stops a document in that language; in a document
      // of the other language only, it is worth a look (the text itself is up to date there).
      if (resolved.rows && contextRepeatsALine(resolved.rows, languages)) add('context-repeats-line')
      const lagging = languageToUpdate(textState(resolved.text))
      if (lagging) add('translation-out-of-step', lagging, languages.includes(lagging))
      if (resolved.missing) add('missing-item')
      const library = resolved.library
      if (!library) continue
      const marking = briefItem.type === 'library' ? placedMarking(library, briefItem.placedVersion) : library.marking
      if (markingRank(marking) > markingRank(brief.marking)) add('marking-above-brief', marking)
      if (library.status === 'retired') add('retired')
      if (library.status === 'draft') add('draft')
      if (reviewState(library.reviewBy, today) === 'overdue') add('review-overdue', library.reviewBy)
      if (resolved.newerLibraryText) add('out-of-date')
    }
  }
  return checks
}

// Shorter lines ("Yes.") may well appear in a context without being repeated from it.
const REPEATED_LINE_MIN_LENGTH = 8

const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * True when the context of an irritant holds, word for word, a line the brief also prints: the
 * document would say it twice. It happens where a whole-text edit made before rows existed was
 * kept as the context (migrations/irritant-rows.ts), or a line was pasted into the context.
 */
function contextRepeatsALine(rows: readonly IrritantRow[], languages: readonly Language[]): boolean {
  const [context, ...lines] = rows
  if (!context) return false
  return languages.some((language) => {
    const said = spaced(context.text[language])
    return lines.some((line) => {
      const text = spaced(line.text[language])
      return line.included && text.length >= REPEATED_LINE_MIN_LENGTH && said.includes(text)
    })
  })
}
