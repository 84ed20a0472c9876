import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import { STYLE } from './document-styles'
import { runsOf } from './runs'
import type { Span } from './runs'
import { typeset } from './typography'

// Tables with fixed column widths: Word and LibreOffice then lay them out alike, and a long
// word cannot push a column off the page.

const HEADER_FILL = 'DCE3EF'
const GROUP_FILL = 'F2F2F2'
const LABEL_FILL = 'F2F2F2'
// Cell side margins of Dossier Table (see document-styles.ts), taken off a nested table's room.
const CELL_MARGINS = 200

/** What a table cell or a column of the bilingual layout holds. */
export type Block = Paragraph | Table
type CellContent = Block[]

/** A table cell's content must end with a paragraph, or Word reports the file as damaged. */
function cellChildren(children: CellContent): CellContent {
  const last = children[children.length - 1]
  return last === undefined || last instanceof Table ? [...children, new Paragraph({})] : children
}

function cell(children: CellContent, width: number, extra: { fill?: string; columnSpan?: number } = {}): TableCell {
  return new TableCell({
    children: cellChildren(children),
    width: { size: width, type: WidthType.DXA },
    ...(extra.fill ? { shading: { fill: extra.fill } } : {}),
    ...(extra.columnSpan ? { columnSpan: extra.columnSpan } : {})
  })
}

function line(spans: readonly Span[]): Paragraph {
  return new Paragraph({ children: runsOf(spans) })
}

function grid(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    style: STYLE.table,
    rows,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED
  })
}

// Bold Calibri 11 pt stays under 6.5 pt a character on average, even in words full of m and w.
const BOLD_CHARACTER_WIDTH = 130
// Where Word may break a line: at a breaking space, or after a hyphen, a dash or a slash.
const BREAK_OPPORTUNITY = /[ \t\n]+|(?<=[-\u2010\u2013\u2014/])/u

/**
 * The label column's width: 30 % of the table, or enough for the labels' longest unbreakable
 * piece, so that Word never cuts a word to fit it ("requiremen t" in a bilingual column), up to
 * 45 %, which leaves the values their room. Labels are measured as they will be typeset, since
 * French typography joins some words with no-break spaces.
 */
function labelWidthFor(labels: readonly Span[][], width: number): number {
  const longest = Math.max(
    0,
    ...labels.flatMap((spans) =>
      spans
        .map((span) => typeset(span.text, span.language))
        .join('')
        .split(BREAK_OPPORTUNITY)
        .map((piece) => [...piece].length)
    )
  )
  const needed = longest * BOLD_CHARACTER_WIDTH + CELL_MARGINS
  return Math.round(Math.min(width * 0.45, Math.max(width * 0.3, needed)))
}

/** Label and value rows (meeting details, key facts); rows never split across pages. */
export function labelValueTable(rows: { label: Span[]; value: CellContent }[], width: number): Table {
  const labelWidth = labelWidthFor(
    rows.map((row) => row.label),
    width
  )
  const widths = [labelWidth, width - labelWidth]
  return grid(
    rows.map(
      ({ label, value }, index) =>
        new TableRow({
          cantSplit: true,
          // A short table of facts reads as one block: keep it on one page.
          keepNext: index < rows.length - 1,
          children: [
            cell([line(label.map((span) => ({ ...span, bold: true })))], labelWidth, { fill: LABEL_FILL }),
            cell(value, width - labelWidth)
          ]
        })
    ),
    widths
  )
}

/** A table whose header row repeats on every page it runs onto, with optional full-width group rows. */
export function listTable(
  header: Span[][],
  rows: ({ group: Span[] } | { cells: Span[][] })[],
  widths: readonly number[]
): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map((spans, index) =>
      cell([line(spans.map((span) => ({ ...span, bold: true })))], widths[index] ?? 0, { fill: HEADER_FILL })
    )
  })
  const total = widths.reduce((sum, width) => sum + width, 0)
  const bodyRows = rows.map((row) =>
    'group' in row
      ? new TableRow({
          cantSplit: true,
          keepNext: true,
          children: [
            cell([line(row.group.map((span) => ({ ...span, bold: true })))], total, {
              fill: GROUP_FILL,
              columnSpan: widths.length
            })
          ]
        })
      : new TableRow({
          cantSplit: true,
          children: row.cells.map((spans, index) => cell([line(spans)], widths[index] ?? 0))
        })
  )
  return grid([headerRow, ...bodyRows], widths)
}

/** The room a table has inside one column of the bilingual layout. */
export function nestedWidth(columnWidth: number): number {
  return columnWidth - CELL_MARGINS
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const

/** Rows of English beside French: no borders but a light rule between the two languages. */
export function sideBySideTable(
  rows: { en: Block[]; fr: Block[]; keep: 'with-next' | 'together' | 'free' }[],
  width: number
): Table {
  const half = Math.floor(width / 2)
  const widths = [half, width - half]
  return new Table({
    rows: rows.map(
      (row) =>
        new TableRow({
          // A heading's row stays with the text under it and a table's row stays whole; a long
          // item may break across pages.
          ...(row.keep === 'with-next' ? { keepNext: true, cantSplit: true } : {}),
          ...(row.keep === 'together' ? { cantSplit: true } : {}),
          children: [cell(row.en, half), cell(row.fr, width - half)]
        })
    ),
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: 100, right: 100 },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' }
    }
  })
}
