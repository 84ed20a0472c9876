import type { Irritant, IrritantRows, ResponsiveLine } from './entities'
import type { BilingualText } from './languages'
import { languageToUpdate, markedToUpdate, textState } from './translation'

// An irritant in a brief is read row by row: its context, then each responsive line, each with
// the brief's own copy or the library's text, each line in the brief or left out. The brief
// stores only where it differs from the library (entities.ts, IrritantRows); these rules give
// every reader (composer, preview, checks, Word) the same rows.

type IrritantContent = Omit<Irritant, 'history'>

/** Which row: the context (null) or a responsive line, by the library line's id. */
export type RowLine = string | null

/** One row of an irritant as the brief shows it. */
export interface IrritantRow {
  /** The library line the row shows; null for the context. */
  lineId: string | null
  /** The partner the line is aimed at; null for a line for any partner, and for the context. */
  partnerId: string | null
  /** False for a line left out of the brief; the context is always in. */
  included: boolean
  /** The brief's own copy, else the library's text as placed. */
  text: BilingualText
  edited: boolean
  /** The library changed this row's text, or dropped the line, since the brief copied it. */
  libraryChanged: boolean
}

const NO_ROWS: IrritantRows = { context: { override: null }, lines: [] }

function sameText(a: BilingualText, b: BilingualText): boolean {
  return a.en === b.en && a.fr === b.fr
}

/** True for a line a brief shows unless the officer leaves it out: general, or aimed at one of its partners. */
export function inBriefByDefault(line: Pick<ResponsiveLine, 'partnerId'>, briefPartnerIds: readonly string[]): boolean {
  return line.partnerId === null || briefPartnerIds.includes(line.partnerId)
}

// The placed text, or the current one when the library still says the same: then its record of
// translation is the library's current one, so a confirmation made there holds in the brief.
function followed(placed: BilingualText, current: BilingualText | undefined): BilingualText {
  return current !== undefined && sameText(placed, current) ? current : placed
}

/**
 * The rows of an irritant placed at `placed` while the library holds `current`: the context,
 * then the lines the brief shows or the officer chose (added or left out), in the library's order.
 */
export function irritantRows(
  rows: IrritantRows | undefined,
  placed: IrritantContent,
  current: IrritantContent,
  briefPartnerIds: readonly string[]
): IrritantRow[] {
  const own = rows ?? NO_ROWS
  const newer = current.version > placed.version
  const contextOverride = own.context.override
  const context: IrritantRow = {
    lineId: null,
    partnerId: null,
    included: true,
    text: contextOverride ?? followed(placed.context, current.context),
    edited: contextOverride !== null,
    libraryChanged: newer && !sameText(placed.context, current.context)
  }
  const lines = placed.responsiveLines.flatMap((line): IrritantRow[] => {
    const row = own.lines.find((each) => each.lineId === line.id)
    const byDefault = inBriefByDefault(line, briefPartnerIds)
    if (!row && !byDefault) return []
    const now = current.responsiveLines.find((each) => each.id === line.id)
    return [
      {
        lineId: line.id,
        partnerId: line.partnerId,
        included: row?.included ?? byDefault,
        text: row?.override ?? followed(line.text, now?.text),
        edited: row !== undefined && row.override !== null,
        libraryChanged: newer && (now === undefined || !sameText(line.text, now.text))
      }
    ]
  })
  return [context, ...lines]
}

/** The rows of an irritant no longer in the library: only what the brief wrote itself is left. */
export function orphanRows(rows: IrritantRows | undefined): IrritantRow[] {
  const own = rows ?? NO_ROWS
  const row = (lineId: string | null, text: BilingualText, included: boolean): IrritantRow => ({
    lineId,
    partnerId: null,
    included,
    text,
    edited: false,
    libraryChanged: false
  })
  return [
    row(null, own.context.override ?? { en: '', fr: '' }, true),
    ...own.lines.flatMap((line) => (line.override ? [row(line.lineId, line.override, line.included)] : []))
  ]
}

/** The brief's choices of lines without its own texts: what the library would print for it. */
export function choicesOnly(rows: IrritantRows | undefined): IrritantRows | undefined {
  if (!rows) return undefined
  return {
    context: { override: null },
    lines: rows.lines.map((line) => ({ ...line, override: null }))
  }
}

/**
 * The rows in the brief (the context and the included lines) as one text, a row to a paragraph:
 * what excerpts, the out-of-date comparison and the item's translation mark read. Out of step
 * when one row is (French first, should rows lag in different languages).
 */
export function joinedRows(rows: readonly IrritantRow[]): BilingualText {
  const shown = rows.filter((row) => row.included)
  const join = (language: 'en' | 'fr') =>
    shown
      .map((row) => row.text[language])
      .filter((text) => text.trim() !== '')
      .join('\n\n')
  const joined = { en: join('en'), fr: join('fr') }
  const lagging = shown.map((row) => languageToUpdate(textState(row.text)))
  const language = lagging.includes('fr') ? 'fr' : lagging.includes('en') ? 'en' : null
  return language === null ? joined : markedToUpdate(joined, language)
}

/**
 * The rows with one row changed: its own text (null follows the library again) and, for a line,
 * whether it is in the brief. A line back to its default with no text of its own loses its row;
 * rows that all follow the library are no rows at all (undefined), as a newly placed irritant has.
 */
export function withRow(
  rows: IrritantRows | undefined,
  lineId: RowLine,
  change: { override?: BilingualText | null; included?: boolean },
  includedByDefault: boolean
): IrritantRows | undefined {
  const own = rows ?? NO_ROWS
  let next: IrritantRows
  if (lineId === null) {
    next = change.override === undefined ? own : { ...own, context: { override: change.override } }
  } else {
    const before = own.lines.find((line) => line.lineId === lineId) ?? {
      lineId,
      included: includedByDefault,
      override: null
    }
    const row = {
      ...before,
      ...(change.included === undefined ? {} : { included: change.included }),
      ...(change.override === undefined ? {} : { override: change.override })
    }
    const keep = row.included !== includedByDefault || row.override !== null
    const others = own.lines.filter((line) => line.lineId !== lineId)
    const lines = !keep
      ? others
      : others.length < own.lines.length
        ? own.lines.map((line) => (line.lineId === lineId ? row : line))
        : [...own.lines, row]
    next = { ...own, lines }
  }
  return next.context.override === null && next.lines.length === 0 ? undefined : next
}

/** The rows with every text of the brief's own dropped, the choices of lines kept. */
export function withoutOwnTexts(
  rows: IrritantRows | undefined,
  partnerIds: readonly string[],
  irritant: IrritantContent | null
): IrritantRows | undefined {
  if (!rows) return undefined
  const byId = new Map((irritant?.responsiveLines ?? []).map((line) => [line.id, line]))
  let next: IrritantRows | undefined = choicesOnly(rows)
  // A line whose only difference was its text is back to its default: no row. A line the
  // library no longer has prints nothing, so its row goes too.
  for (const line of rows.lines) {
    const known = byId.get(line.lineId)
    const byDefault = known ? inBriefByDefault(known, partnerIds) : line.included
    next = withRow(next, line.lineId, {}, byDefault)
  }
  return next
}

/**
 * A name as it reads inside parentheses, as the French "If raised" label puts the partner: its
 * own parentheses become brackets ("Cadre global ... [MIRPS]"), as French typography nests them.
 */
export function nestedInParentheses(name: string): string {
  return name.replace(/\(/g, '[').replace(/\)/g, ']')
}

/** The name under which "still matches" is confirmed for one row (brief-translation.ts). */
export function rowKey(itemId: string, lineId: RowLine): string {
  return lineId === null ? `${itemId}/context` : `${itemId}/line/${lineId}`
}
