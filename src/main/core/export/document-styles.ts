import { AlignmentType, LevelFormat, LineRuleType } from 'docx'
import type { INumberingOptions, IStylesOptions, NumberingDefinition } from 'docx'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { Language } from '@shared/languages'

// Real Word styles, not direct formatting, so the minister's office can restyle the brief,
// Word's navigation pane lists the headings and the table of contents finds them. Ids are
// Word's own built-in ids (Heading1, ListNumber, TableGrid), so Word treats them as its own.

/** US Letter with one-inch margins: the paper Government of Canada offices print on. */
export const PAGE = { width: 12_240, height: 15_840, margin: 1_440 } as const
/** The width text runs across, in twentieths of a point. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin

export const BODY_FONT = 'Calibri'
// Calibri has no Arabic or Hebrew letters; Arial has both on every Windows and Mac.
export const COMPLEX_SCRIPT_FONT = 'Arial'
export const ACCENT = '1F3864'
export const MUTED = '595959'

export const STYLE = {
  title: 'Title',
  tocHeading: 'TOCHeading',
  listNumber: 'ListNumber',
  listBullet: 'ListBullet',
  table: 'DossierTable'
} as const

export const LIST = { bullets: 'dossier-bullets' } as const

const font = { ascii: BODY_FONT, hAnsi: BODY_FONT, eastAsia: BODY_FONT, cs: COMPLEX_SCRIPT_FONT }

const heading = (level: 1 | 2 | 3 | 4, size: number, before: number, after: number, color: string) => ({
  id: `Heading${level}`,
  name: `Heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  // The font is repeated here: LibreOffice otherwise gives headings its own heading font.
  run: { font, bold: true, boldComplexScript: true, size, color, ...(level === 4 ? { italics: true } : {}) },
  paragraph: {
    spacing: { before, after },
    keepNext: true,
    keepLines: true,
    // Word's navigation pane and the TOC field's \o switch read the outline level.
    outlineLevel: level - 1
  }
})

const listStyle = (id: string, name: string) => ({
  id,
  name,
  basedOn: 'Normal',
  quickFormat: true,
  paragraph: { indent: { left: 360, hanging: 360 }, spacing: { after: 120 } }
})

const border = (side: string, color: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${color}"/>`
const borders = (color: string) =>
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => border(side, color)).join('')}</w:tblBorders>`

// docx writes no table styles of its own, so Word's Table Grid and ours, based on it, are
// written out as Word itself writes them and handed to docx as "external" styles, which it
// merges with its defaults (TOC 1-9, Normal Table...) and with the styles below.
const TABLE_STYLES = [
  `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>${borders('auto')}</w:tblPr></w:style>`,
  `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}"><w:name w:val="Dossier Table"/><w:basedOn w:val="TableGrid"/><w:uiPriority w:val="40"/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:tblPr>${borders('A6A6A6')}<w:tblCellMar><w:top w:w="29" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="29" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`
]

/** The table styles, as a styles part for docx's `externalStyles`. */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABLE_STYLES.join('')}</w:styles>`

/** The document's styles, its default font and its default language (the export's main language). */
export function documentStyles(language: Language): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font,
          size: 22,
          language: { value: LANGUAGE_TAGS[language] }
        },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } }
      }
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font, bold: true, boldComplexScript: true, size: 40, color: ACCENT },
        paragraph: {
          spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO },
          border: { bottom: { style: 'single', size: 8, space: 4, color: ACCENT } },
          keepNext: true
        }
      },
      heading(1, 32, 360, 120, ACCENT),
      heading(2, 26, 240, 80, '2F5496'),
      heading(3, 23, 200, 60, ACCENT),
      heading(4, 22, 160, 40, ACCENT),
      listStyle(STYLE.listNumber, 'List Number'),
      listStyle(STYLE.listBullet, 'List Bullet'),
      // Word's TOC 1 and TOC 2, tighter than docx's, so a package's contents stay on one page.
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { before: 60, after: 20 } }
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { after: 20 }, indent: { left: 220 } }
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, bold: true, size: 28, color: ACCENT },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
      }
    ]
  }
}

/**
 * A numbered list of its own, counting from `start`. Each list (each section, each column,
 * each list inside a text) gets its own definition: LibreOffice counts on across lists that
 * share one, which in a bilingual brief numbered the English 1, 2, 4 and the French 1, 3, 5.
 */
export function numberedList(reference: string, start = 1): NumberingDefinition {
  return {
    reference,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        start,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 360, hanging: 360 } } }
      }
    ]
  }
}

/** The bullets for lists written with "- "; key messages and texts add their own numbered lists. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: LIST.bullets,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 360, hanging: 360 } } }
        }
      ]
    }
  ]
}
