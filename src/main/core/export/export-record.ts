import { Paragraph } from 'docx'
import type { Brief } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { commitmentState } from '@shared/commitments'
import { today } from '@shared/dates'
import type { Language } from '@shared/languages'
import type { MeetingRecord, RecordPoint } from '@shared/records'
import { cleanLine } from './clean-text'
import { TEXT_WIDTH } from './document-styles'
import { recordProperties } from './document-properties'
import { calendarDate } from './format-date'
import { briefMarking } from './marking'
import { detailsParts, participantsParts } from './meeting-parts'
import { packDocument } from './pack-document'
import { body, heading, tagged, title } from './paragraphs'
import type { Tagged } from './paragraphs'
import { contentWidth, layOut, paired, pairedText, wide } from './parts'
import type { Part } from './parts'
import { RECORD_WORDS } from './record-words'
import type { RecordWords } from './record-words'
import { renderContext } from './render-context'
import { runsOf } from './runs'
import type { Span } from './runs'
import { listTable } from './tables'
import type { ExportOptions, RenderContext } from './types'
import { languagesIn } from '@shared/languages'

// A record of discussion as departments file them: the meeting, the summary, who attended, each
// point of the brief that was raised and what was said, what was not raised, other points the
// counterpart brought up, and the commitments (what, who, by when, where they stand).

type StringWord = { [K in keyof RecordWords]: RecordWords[K] extends string ? K : never }[keyof RecordWords]

const said = (key: StringWord, language: Language): Tagged => ({ text: RECORD_WORDS[language][key], language })

/**
 * The record seen as a brief by the parts a brief and a record share (the details table, the
 * participants table, the marking): the attendees stand as its participants, and its points as
 * items, so the marking is never lower than an item the record names.
 */
export function recordAsBrief(record: MeetingRecord): Brief {
  return {
    id: record.id,
    title: record.title,
    template: 'bilateral',
    language: record.language,
    marking: record.marking,
    meeting: record.meeting,
    partnerIds: record.partnerIds,
    participants: record.attendees,
    objectives: { en: '', fr: '' },
    sections: [
      {
        id: 'points',
        kind: 'custom',
        title: { en: '', fr: '' },
        items: record.points.map((point) => ({
          type: 'library' as const,
          id: point.id,
          kind: point.kind,
          itemId: point.itemId,
          placedVersion: 1,
          override: null
        }))
      }
    ],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt
  }
}

const hasText = (value: { en: string; fr: string }): boolean => value.en.trim() !== '' || value.fr.trim() !== ''

function headed(ctx: RenderContext, key: StringWord, parts: Part[]): Part[] {
  if (parts.length === 0) return []
  return [paired(ctx, (language) => [heading(ctx.sectionLevel, [said(key, language)])], 'with-next'), ...parts]
}

function pointParts(record: MeetingRecord, ctx: RenderContext): Part[] {
  const raised = record.points.filter((point) => point.raised === 'raised')
  const titles = (points: RecordPoint[], language: Language): Span[] =>
    points.flatMap((point, index) => {
      const text = tagged(point.title, language)
      return index === 0 ? [text] : [{ text: '; ', language }, text]
    })
  const listed = (state: RecordPoint['raised'], key: StringWord): Part[] => {
    const points = record.points.filter((point) => point.raised === state)
    if (points.length === 0) return []
    return [
      paired(ctx, (language) => [
        new Paragraph({
          spacing: { before: 120 },
          children: runsOf([
            { ...said(key, language), bold: true },
            { text: ' ', language },
            ...titles(points, language)
          ])
        })
      ])
    ]
  }
  return [
    ...raised.flatMap((point) => [
      paired(
        ctx,
        (language) => [
          new Paragraph({
            keepNext: hasText(point.notes),
            spacing: { before: 120, after: 60 },
            children: runsOf([
              { ...said(point.kind === 'keyMessage' ? 'keyMessage' : 'irritant', language), italics: true },
              { text: ' · ', language },
              { ...tagged(point.title, language), bold: true }
            ])
          })
        ],
        hasText(point.notes) ? 'with-next' : 'free'
      ),
      ...(hasText(point.notes) ? pairedText(ctx, point.notes, (text) => body(text, ctx.nextList)) : [])
    ]),
    ...listed('not-raised', 'notRaised'),
    ...listed('not-noted', 'notNoted')
  ]
}

/**
 * What, who, by when, where it stands. In one language, a table in the column; side by side, one
 * table across the page with the commitment in each language beside the other, since four narrow
 * columns per language would break every word.
 */
function commitmentParts(record: MeetingRecord, ctx: RenderContext, day: string): Part[] {
  if (record.commitments.length === 0) return []
  const cells = (language: Language) =>
    record.commitments.map((commitment) => {
      const words = RECORD_WORDS[language]
      const state = commitmentState(commitment, day)
      const who = [words.sides[commitment.side], cleanLine(commitment.owner)].filter((part) => part !== '')
      const what = tagged(commitment.text, language)
      return {
        what: [{ ...what, text: cleanLine(what.text) }],
        who: [{ text: who.join(', '), language }],
        due: [{ text: commitment.due === '' ? words.noDate : calendarDate(commitment.due, language), language }],
        status: [{ text: words.states[state], language, bold: state === 'overdue' }]
      }
    })
  const header = (language: Language): Span[][] =>
    (['what', 'who', 'byWhen', 'status'] as const).map((key) => [said(key, language)])
  const columns = (width: number, shares: number[]): number[] => {
    const widths = shares.map((share) => Math.round(width * share))
    return [...widths, width - widths.reduce((sum, each) => sum + each, 0)]
  }
  if (ctx.languages.length === 1) {
    return [
      paired(ctx, (language) => [
        listTable(
          header(language),
          cells(language).map((row) => ({ cells: [row.what, row.who, row.due, row.status] })),
          columns(contentWidth(ctx), [0.46, 0.22, 0.18])
        )
      ])
    ]
  }
  const [en, fr] = [cells('en'), cells('fr')]
  const stacked = (a: Span[], b: Span[]): Span[] =>
    a[0]?.text === b[0]?.text ? a : [...a, { text: '\n', language: 'fr' }, ...b]
  const [enHeader, frHeader] = [header('en'), header('fr')]
  return [
    wide([
      listTable(
        [enHeader[0]!, frHeader[0]!, ...[1, 2, 3].map((at) => stacked(enHeader[at]!, frHeader[at]!))],
        en.map((row, at) => {
          const other = fr[at]!
          return {
            cells: [
              row.what,
              other.what,
              stacked(row.who, other.who),
              stacked(row.due, other.due),
              stacked(row.status, other.status)
            ]
          }
        }),
        columns(TEXT_WIDTH, [0.27, 0.27, 0.18, 0.15])
      )
    ])
  ]
}

/** A record of discussion as a Word document: data in, .docx bytes out. */
export async function exportRecord(
  record: MeetingRecord,
  lookup: LibraryLookup,
  options: ExportOptions
): Promise<Uint8Array> {
  const ctx = renderContext(lookup, options, 1)
  const asBrief = recordAsBrief(record)
  const marking = briefMarking(asBrief, lookup)
  const day = today(options.now)
  const titleSpans: Span[] = languagesIn(options.language).flatMap((language, index) => {
    const span = tagged(record.title, language)
    return index === 0 ? [span] : [{ text: '\n', language }, span]
  })
  const parts: Part[] = [
    ...detailsParts(asBrief, ctx),
    ...headed(
      ctx,
      'summary',
      hasText(record.summary) ? pairedText(ctx, record.summary, (text) => body(text, ctx.nextList)) : []
    ),
    ...headed(ctx, 'attendees', participantsParts(asBrief, ctx)),
    ...headed(ctx, 'pointsDiscussed', pointParts(record, ctx)),
    ...headed(
      ctx,
      'otherPoints',
      record.otherPoints
        .filter((point) => hasText(point.text))
        .flatMap((point) => pairedText(ctx, point.text, (text) => body(text, ctx.nextList)))
    ),
    ...headed(ctx, 'commitments', commitmentParts(record, ctx, day))
  ]
  return packDocument([title(titleSpans), ...layOut(parts, ctx)], {
    marking,
    language: options.language,
    properties: recordProperties(record, asBrief, lookup, marking, options),
    updateFields: false,
    options
  })
}
