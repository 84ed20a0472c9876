import { Document, LineRuleType, Paragraph, Table } from 'docx'
import type { FileChild } from 'docx'
import { today } from '@shared/dates'
import type { Marking } from '@shared/markings'
import { EXTERNAL_STYLES, NUMBERING, PAGE, documentStyles } from './document-styles'
import { pageFooter, pageHeader } from './page-frame'
import { packageOverrides } from './package-parts'
import type { CoreProperties } from './package-parts'
import type { ExportLanguage, ExportOptions } from './types'
import { mainLanguage } from './types'
import { documentBytes } from './document-bytes'

/** What every exported document has around its body. */
export interface DocumentFrame {
  marking: Marking
  language: ExportLanguage
  properties: CoreProperties
  /** Asks Word to update fields on open, so the table of contents gets its page numbers. */
  updateFields: boolean
  options: ExportOptions
}

// Word puts no space after a table, so text would touch its bottom border, and two tables in a
// row would be joined into one. A thin empty paragraph after each table prevents both.
function spaceAfterTables(children: readonly FileChild[]): FileChild[] {
  return children.flatMap((child) =>
    child instanceof Table
      ? [child, new Paragraph({ spacing: { before: 0, after: 0, line: 160, lineRule: LineRuleType.EXACT } })]
      : [child]
  )
}

// The contents' page numbers are left for Word to fill in when it updates the fields on open:
// docx's page estimator (docx/layout) would write them, but costs about two seconds a brief.

/** Builds the .docx bytes: styles, lists, page, header and footer, properties, then the body. */
export async function packDocument(children: readonly FileChild[], frame: DocumentFrame): Promise<Uint8Array> {
  const exportDate = today(frame.options.now)
  const document = new Document({
    title: frame.properties.title,
    subject: frame.properties.subject,
    creator: frame.properties.creator,
    keywords: frame.properties.keywords,
    description: frame.properties.description,
    lastModifiedBy: frame.properties.creator,
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(mainLanguage(frame.language)),
    numbering: NUMBERING,
    // Only when there is a table of contents: otherwise Word would ask about updating fields for nothing.
    features: frame.updateFields ? { updateFields: true } : {},
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: 708,
              footer: 708
            }
          }
        },
        headers: { default: pageHeader(frame.marking, frame.language) },
        footers: { default: pageFooter(frame.marking, frame.language, exportDate) },
        children: spaceAfterTables(children)
      }
    ]
  })
  return documentBytes(document, packageOverrides(frame.properties, frame.options.now), frame.options.now)
}
