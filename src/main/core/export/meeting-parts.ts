import { Paragraph } from 'docx'
import type { Brief, Participant, Person } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import type { BilingualText, Language } from '@shared/languages'
import { markingLabel } from '@shared/markings'
import { cleanLine } from './clean-text'
import { TEXT_WIDTH } from './document-styles'
import { meetingDate, timeOfDay } from './format-date'
import { briefMarking } from './marking'
import { body, heading, tagged, word } from './paragraphs'
import type { HeadingDepth, Tagged } from './paragraphs'
import { contentWidth, paired, pairedText, wide } from './parts'
import type { Part } from './parts'
import { runsOf } from './runs'
import type { Span } from './runs'
import { label } from './spans'
import { labelValueTable, listTable } from './tables'
import type { RenderContext } from './types'
import { mainLanguage } from './types'
import { WORDS } from './words'

// The parts of a brief that come from the brief itself rather than from library items: the
// meeting details and objectives, and the people at the table.

/** The brief's partners by name in one language; an id no longer in the library stays as is. */
export function partnerNames(brief: Brief, lookup: LibraryLookup, language: Language): Tagged[] {
  return brief.partnerIds.map((id) => {
    const partner = lookup('partner', id)
    return partner ? tagged(partner.name, language) : { text: id, language }
  })
}

function joined(names: readonly Tagged[], language: Language): Span[] {
  if (names.length === 0) return [word('toBeConfirmed', language)]
  return names.flatMap((name, index) => (index === 0 ? [name] : [{ text: ', ', language }, name]))
}

function detailsTable(brief: Brief, ctx: RenderContext, language: Language) {
  const words = WORDS[language]
  const text = (value: string): Span[] => [{ text: value, language }]
  const row = (key: 'date' | 'time' | 'place' | 'format' | 'partners' | 'marking' | 'language', value: Span[]) => ({
    label: [word(key, language)],
    value: [new Paragraph({ children: runsOf(value) })]
  })
  const place = tagged(brief.meeting.place, language)
  return labelValueTable(
    [
      row('date', text(meetingDate(brief.meeting.date, language))),
      row('time', text(timeOfDay(brief.meeting.time, language))),
      row(
        'place',
        place.text.trim() === '' ? [word('toBeConfirmed', language)] : [{ ...place, text: cleanLine(place.text) }]
      ),
      row('format', text(words.formats[brief.meeting.format])),
      row('partners', joined(partnerNames(brief, ctx.lookup, language), language)),
      row('marking', [{ text: markingLabel(briefMarking(brief, ctx.lookup), language), language, bold: true }]),
      row('language', text(words.languages[ctx.exportLanguage]))
    ],
    contentWidth(ctx)
  )
}

/** The meeting details table. */
export function detailsParts(brief: Brief, ctx: RenderContext): Part[] {
  return [paired(ctx, (language) => [detailsTable(brief, ctx, language)], 'together')]
}

/** The objectives under their own heading; nothing when the brief has none. */
export function objectivesParts(brief: Brief, ctx: RenderContext, depth: HeadingDepth): Part[] {
  if (brief.objectives.en.trim() === '' && brief.objectives.fr.trim() === '') return []
  return [
    paired(ctx, (language) => [heading(depth, [word('objectives', language)])], 'with-next'),
    ...pairedText(ctx, brief.objectives, (text) => body(text, ctx.nextList))
  ]
}

/**
 * A participant's title or organization in each of the export's languages, one per line, each
 * tagged as what it really is; written once when both languages say the same ("IRCC").
 */
function inEachLanguage(value: BilingualText, languages: readonly Language[]): Span[] {
  const texts = languages.map((language) => {
    const text = tagged(value, language)
    return { ...text, text: cleanLine(text.text) }
  })
  const shown = texts.filter((text, index) => texts.findIndex((other) => other.text === text.text) === index)
  return shown.flatMap((text, index) => (index === 0 ? [text] : [{ text: '\n', language: text.language }, text]))
}

/** A participant's name, the same in both languages, or "to be confirmed" in the export's words. */
function nameSpans(name: string, ctx: RenderContext, look: Omit<Span, 'text' | 'language'> = {}): Span[] {
  const clean = cleanLine(name)
  if (clean === '') return label('nameToBeConfirmed', ctx.exportLanguage, { ...look, italics: true })
  // A name is neither English nor French: tagged with the document's main language, as the page is.
  return [{ ...look, text: clean, language: mainLanguage(ctx.exportLanguage) }]
}

function participantRows(people: readonly Participant[], ctx: RenderContext): { cells: Span[][] }[] {
  return people.map((person) => ({
    cells: [
      nameSpans(person.name, ctx),
      inEachLanguage(person.title, ctx.languages),
      inEachLanguage(person.organization, ctx.languages)
    ]
  }))
}

/** Canada's side, then the partner's, in one table whose header row repeats on every page. */
function participantsTable(brief: Brief, ctx: RenderContext): Part | null {
  const { canada, partner } = brief.participants
  if (canada.length === 0 && partner.length === 0) return null
  const partnerSide: Span[] = ctx.languages.flatMap((each, index) => {
    const names = partnerNames(brief, ctx.lookup, each)
    const spans = names.length === 0 ? [word('partner', each)] : joined(names, each)
    return index === 0 ? spans : [{ text: ' / ', language: each }, ...spans]
  })
  const rows = [
    ...(canada.length > 0 ? [{ group: label('canada', ctx.exportLanguage) }, ...participantRows(canada, ctx)] : []),
    ...(partner.length > 0 ? [{ group: partnerSide }, ...participantRows(partner, ctx)] : [])
  ]
  const nameWidth = Math.round(TEXT_WIDTH * 0.3)
  const titleWidth = Math.round(TEXT_WIDTH * 0.35)
  const header = [
    label('name', ctx.exportLanguage),
    label('title', ctx.exportLanguage),
    label('organization', ctx.exportLanguage)
  ]
  return wide([listTable(header, rows, [nameWidth, titleWidth, TEXT_WIDTH - nameWidth - titleWidth])])
}

/**
 * The library's people the brief's participants were picked from, with a biography, each with
 * the participant that names them: the brief holds the name the officer confirmed (or left to
 * be confirmed), the library the biography.
 */
function peopleWithBios(brief: Brief, lookup: LibraryLookup): { person: Person; participant: Participant }[] {
  const participants = [...brief.participants.canada, ...brief.participants.partner]
  const people = brief.partnerIds.flatMap((id) => lookup('partner', id)?.people ?? [])
  return people.flatMap((person, index) => {
    const participant = participants.find((each) => each.personId === person.id)
    const first = people.findIndex((other) => other.id === person.id) === index
    const hasBio = person.bio.en.trim() !== '' || person.bio.fr.trim() !== ''
    return participant && first && hasBio ? [{ person, participant }] : []
  })
}

/** The participants table: Canada's side, then the partner's. */
export function participantsParts(brief: Brief, ctx: RenderContext): Part[] {
  const table = participantsTable(brief, ctx)
  return table ? [table] : []
}

/** A biography for each participant picked from a partner profile, under their own heading. */
export function biographyParts(brief: Brief, ctx: RenderContext, depth: HeadingDepth): Part[] {
  const people = peopleWithBios(brief, ctx.lookup)
  if (people.length === 0) return []
  return [
    paired(ctx, (language) => [heading(depth, [word('biographies', language)])], 'with-next'),
    ...people.map(({ person, participant }) =>
      paired(ctx, (language) => {
        const role = tagged(person.title, language)
        const name = cleanLine(participant.name)
        return [
          new Paragraph({
            keepNext: true,
            spacing: { after: 40 },
            children: runsOf([
              name === ''
                ? { ...word('nameToBeConfirmed', language), bold: true, italics: true }
                : { text: name, language, bold: true },
              ...(role.text.trim() === ''
                ? []
                : [
                    { text: ', ', language },
                    { ...role, italics: true }
                  ])
            ])
          }),
          ...body(tagged(person.bio, language), ctx.nextList)
        ]
      })
    )
  ]
}
