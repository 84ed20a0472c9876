import { Paragraph } from 'docx'
import type { Brief } from '@shared/entities'
import { lineShortForm, messageShortForm } from '@shared/card-short-forms'
import { resolveItem } from '@shared/brief-rules'
import type { LibraryLookup, ResolvedItem } from '@shared/brief-rules'
import type { BilingualText, Language } from '@shared/languages'
import { plainText } from '@shared/rich-text'
import { cleanLine } from './clean-text'
import { briefProperties } from './document-properties'
import { meetingDate, timeOfDay } from './format-date'
import { briefMarking } from './marking'
import { partnerNames } from './meeting-parts'
import { packDocument } from './pack-document'
import { tagged, word } from './paragraphs'
import type { Tagged } from './paragraphs'
import { layOut, paired } from './parts'
import type { Part } from './parts'
import { renderContext } from './render-context'
import { runsOf } from './runs'
import type { Span } from './runs'
import type { ExportOptions, RenderContext } from './types'
import { WORDS } from './words'

// The pocket card: what an officer carries into the room, on one page (two at most). The meeting
// line, the objectives, each key message and each "if raised" line in short form (the item's own
// short form, else its first sentence), and who sits on the other side.

/** The first sentence of a text, without its list and emphasis markers: a card's short form. */
export function firstSentence(text: string): string {
  const plain = plainText(text).replace(/\s+/g, ' ').trim()
  const end = /[.!?](?=\s|$)/.exec(plain)
  return end ? plain.slice(0, end.index + 1) : plain
}

/** The short form of a text in one language: its own when written, else its first sentence. */
function shortForm(text: BilingualText, short: BilingualText | undefined, language: Language): Tagged {
  if (short && short[language].trim() !== '') return tagged(short, language)
  const full = tagged(text, language)
  return { ...full, text: firstSentence(full.text) }
}

// Half-points: a card is read at a glance, in a hand, so it is set smaller and tighter than a
// brief (9.5 points, its headings 10.5, its title 13, single line spacing) to hold on one page,
// two at most. At 1.05 line spacing the sample brief's French card ran one line onto a second page.
const CARD_TEXT = 19
const CARD_HEADING = 21
const CARD_TITLE = 26

function line(spans: readonly Span[], look: { bold?: boolean; size?: number } = {}): Paragraph {
  const size = look.size ?? CARD_TEXT
  return new Paragraph({
    spacing: { after: 30, line: 240 },
    children: runsOf(spans.map((span) => ({ ...span, ...look, size })))
  })
}

/** A part's heading: bold, a little larger, kept with what follows. */
function cardHeading(spans: readonly Span[]): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 100, after: 30 },
    children: runsOf(spans.map((span) => ({ ...span, bold: true, size: CARD_HEADING, color: '26374A' })))
  })
}

/** "Wednesday, February 17, 2027, 10:00, Mexico City, with Mexico" in one language. */
function meetingLine(brief: Brief, ctx: RenderContext, language: Language): Span[] {
  const place = cleanLine(tagged(brief.meeting.place, language).text)
  const partners = partnerNames(brief, ctx.lookup, language).map((name) => name.text)
  const parts = [meetingDate(brief.meeting.date, language), timeOfDay(brief.meeting.time, language), place].filter(
    (part) => part.trim() !== ''
  )
  if (partners.length > 0) parts.push(WORDS[language].cardWith(partners))
  return [{ text: parts.join(' · '), language }]
}

function resolvedItems(brief: Brief, ctx: RenderContext): ResolvedItem[] {
  return brief.sections.flatMap((section) =>
    section.items.map((item) => resolveItem(item, ctx.lookup, brief.partnerIds))
  )
}

function keyMessageParts(items: readonly ResolvedItem[], ctx: RenderContext): Part[] {
  const messages = items.filter((item) => item.kind === 'keyMessage')
  if (messages.length === 0) return []
  return [
    paired(ctx, (language) => [cardHeading([word('cardKeyMessages', language)])], 'with-next'),
    ...messages.map((message, index) =>
      paired(ctx, (language) => {
        const text = shortForm(message.text, messageShortForm(message), language)
        return [line([{ text: `${index + 1}. `, language: text.language }, text])]
      })
    )
  ]
}

function ifRaisedParts(items: readonly ResolvedItem[], ctx: RenderContext): Part[] {
  const irritants = items.filter((item) => item.kind === 'irritant' && item.rows)
  if (irritants.length === 0) return []
  const lines = (item: ResolvedItem) => (item.rows ?? []).slice(1).filter((row) => row.included)
  return [
    paired(ctx, (language) => [cardHeading([word('cardIfRaised', language)])], 'with-next'),
    ...irritants.flatMap((item) =>
      lines(item).length === 0
        ? []
        : [
            paired(ctx, (language) => [line([tagged(item.title, language)], { bold: true })], 'with-next'),
            ...lines(item).map((row) =>
              paired(ctx, (language) => {
                const text = shortForm(row.text, lineShortForm(item, row.lineId), language)
                const partner = row.partnerId === null ? undefined : ctx.lookup('partner', row.partnerId)
                const trigger = partner
                  ? WORDS[language].ifRaisedBy(tagged(partner.name, language).text)
                  : WORDS[language].ifRaised
                return [line([{ text: `${trigger} `, language, bold: true }, text])]
              })
            )
          ]
    )
  ]
}

function counterpartParts(brief: Brief, ctx: RenderContext): Part[] {
  const people = brief.participants.partner
  if (people.length === 0) return []
  return [
    paired(ctx, (language) => [cardHeading([word('cardCounterparts', language)])], 'with-next'),
    ...people.map((person) =>
      paired(ctx, (language) => {
        const name = cleanLine(person.name) || WORDS[language].nameToBeConfirmed
        const title = cleanLine(tagged(person.title, language).text)
        return [
          line([
            { text: name, language, bold: true },
            { text: title === '' ? '' : `, ${title}`, language }
          ])
        ]
      })
    )
  ]
}

/** A brief's pocket card as a Word document: data in, .docx bytes out. */
export async function exportCard(brief: Brief, lookup: LibraryLookup, options: ExportOptions): Promise<Uint8Array> {
  const ctx = renderContext(lookup, options, 1)
  const marking = briefMarking(brief, lookup)
  const items = resolvedItems(brief, ctx)
  const objectives =
    brief.objectives.en.trim() === '' && brief.objectives.fr.trim() === ''
      ? []
      : [
          paired(ctx, (language) => [cardHeading([word('objectives', language)])], 'with-next'),
          paired(ctx, (language) => [
            line([{ ...tagged(brief.objectives, language), text: plainText(tagged(brief.objectives, language).text) }])
          ])
        ]
  const parts: Part[] = [
    paired(
      ctx,
      (language) => [
        line([tagged(brief.title, language)], { bold: true, size: CARD_TITLE }),
        line(meetingLine(brief, ctx, language))
      ],
      'together'
    ),
    ...objectives,
    ...keyMessageParts(items, ctx),
    ...ifRaisedParts(items, ctx),
    ...counterpartParts(brief, ctx)
  ]
  return packDocument(layOut(parts, ctx), {
    marking,
    language: options.language,
    properties: briefProperties(brief, lookup, marking, options),
    updateFields: false,
    options
  })
}
