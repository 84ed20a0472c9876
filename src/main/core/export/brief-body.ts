import { Paragraph, TableOfContents } from 'docx'
import type { FileChild } from 'docx'
import type { Brief } from '@shared/entities'
import type { Language } from '@shared/languages'
import { approvalParts } from './approval-parts'
import { sectionParts } from './brief-sections'
import { STYLE } from './document-styles'
import { detailsParts, objectivesParts } from './meeting-parts'
import { meetingPlanParts } from './meeting-plan-parts'
import { heading, tagged, title } from './paragraphs'
import { layOut } from './parts'
import { runsOf } from './runs'
import type { Span } from './runs'
import { label } from './spans'
import type { ExportLanguage, RenderContext } from './types'
import { languagesIn } from '@shared/languages'

/** The brief's title in the export's language; both, on two lines, for a bilingual export. */
function titleSpans(brief: Brief, language: ExportLanguage, separator: string): Span[] {
  return languagesIn(language).flatMap((each: Language, index) => {
    const span = tagged(brief.title, each)
    return index === 0 ? [span] : [{ text: separator, language: each }, span]
  })
}

/**
 * "Contents", then Word's TOC field over the heading levels given; docx writes the entries
 * from the headings, Word adds the page numbers when it updates the field on open.
 */
export function tableOfContents(language: ExportLanguage, levels: '1-1' | '1-2', pageBreakBefore = false): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore, children: runsOf(label('contents', language)) }),
    new TableOfContents(
      label('contents', language)
        .map((span) => span.text)
        .join(''),
      {
        hyperlink: true,
        headingStyleRange: levels
      }
    )
  ]
}

/**
 * A brief's body. On its own: Title, the details and objectives unless a section places them,
 * contents, then sections as Heading 1. In a package: the title as Heading 1 on a new page and
 * sections as Heading 2, so the package's contents nest.
 */
export function briefBody(brief: Brief, ctx: RenderContext, withContents: boolean): FileChild[] {
  const inPackage = ctx.sectionLevel === 2
  const heading1 = inPackage
    ? heading(1, titleSpans(brief, ctx.exportLanguage, ' / '), true)
    : title(titleSpans(brief, ctx.exportLanguage, '\n'))
  // The details table, objectives and plan of the meeting head the brief, unless a section places them.
  const placesDetails = brief.sections.some((section) => section.kind === 'meeting-details')
  const opening = placesDetails
    ? []
    : [
        ...detailsParts(brief, ctx),
        ...objectivesParts(brief, ctx, ctx.sectionLevel),
        ...meetingPlanParts(brief, ctx, ctx.sectionLevel)
      ]
  const sections = brief.sections.flatMap((section) => sectionParts(section, brief, ctx) ?? [])
  // The approval block closes the brief, as a department's brief ends with its sign-off.
  const approval = approvalParts(brief, ctx, ctx.sectionLevel)
  return [
    heading1,
    ...layOut(opening, ctx),
    // Side by side, every heading is there twice: listing level 2 too would fill two pages.
    ...(withContents ? tableOfContents(ctx.exportLanguage, ctx.languages.length > 1 ? '1-1' : '1-2') : []),
    ...layOut([...sections, ...approval], ctx)
  ]
}
