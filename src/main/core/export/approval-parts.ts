import { Paragraph } from 'docx'
import type { ApprovalBlock, Brief } from '@shared/entities'
import type { Language } from '@shared/languages'
import { cleanLine } from './clean-text'
import { meetingDate } from './format-date'
import { heading, tagged, word } from './paragraphs'
import type { HeadingDepth } from './paragraphs'
import { contentWidth, paired } from './parts'
import type { Part } from './parts'
import { runsOf } from './runs'
import type { Span } from './runs'
import { labelValueTable } from './tables'
import type { RenderContext } from './types'
import { mainLanguage } from './types'

// The approval block a department's brief ends with: who prepared it and how to reach them, whom
// it was consulted with, who approved it and when, and its tracking number, in the brief's
// language (side by side when bilingual). Only what is filled in is printed.

/** True when nothing of the block is filled in: a brief without one prints none. */
function isBlank(approval: ApprovalBlock): boolean {
  const texts = [
    approval.preparedBy.name,
    approval.preparedBy.office.en,
    approval.preparedBy.office.fr,
    approval.preparedBy.telephone,
    approval.consulted.en,
    approval.consulted.fr,
    approval.approvedBy.name,
    approval.approvedBy.title.en,
    approval.approvedBy.title.fr,
    approval.approvedBy.date,
    approval.trackingNumber
  ]
  return texts.every((text) => text.trim() === '')
}

/** Lines of one cell, each a paragraph; none for lines left empty. */
function lines(spans: readonly Span[]): Paragraph[] {
  return spans.filter((span) => span.text.trim() !== '').map((span) => new Paragraph({ children: runsOf([span]) }))
}

function approvalTable(approval: ApprovalBlock, ctx: RenderContext, language: Language) {
  // Names, telephone and number are the same in both languages: tagged as the page is.
  const plain = (text: string): Span => ({ text: cleanLine(text), language: mainLanguage(ctx.exportLanguage) })
  const inLanguage = (value: ApprovalBlock['consulted']): Span => {
    const text = tagged(value, language)
    return { ...text, text: cleanLine(text.text) }
  }
  const { preparedBy, approvedBy } = approval
  const telephone =
    preparedBy.telephone.trim() === '' ? '' : `${word('telephone', language).text} ${preparedBy.telephone}`
  const rows = [
    {
      key: 'preparedBy' as const,
      value: lines([plain(preparedBy.name), inLanguage(preparedBy.office), plain(telephone)])
    },
    { key: 'consulted' as const, value: lines([inLanguage(approval.consulted)]) },
    {
      // With no one named, "Approved by" over a date read as if the date approved it.
      key:
        approvedBy.name.trim() === '' && inLanguage(approvedBy.title).text.trim() === ''
          ? ('approvedOn' as const)
          : ('approvedBy' as const),
      value: lines([
        plain(approvedBy.name),
        inLanguage(approvedBy.title),
        { text: approvedBy.date === '' ? '' : meetingDate(approvedBy.date, language), language }
      ])
    },
    { key: 'trackingNumber' as const, value: lines([plain(approval.trackingNumber)]) }
  ]
  return labelValueTable(
    rows.filter((row) => row.value.length > 0).map((row) => ({ label: [word(row.key, language)], value: row.value })),
    contentWidth(ctx)
  )
}

/** The approval block under its own heading, kept on one page; nothing when none is filled in. */
export function approvalParts(brief: Brief, ctx: RenderContext, depth: HeadingDepth): Part[] {
  const approval = brief.approval
  if (!approval || isBlank(approval)) return []
  return [
    paired(
      ctx,
      (language) => [heading(depth, [word('approval', language)]), approvalTable(approval, ctx, language)],
      'together'
    )
  ]
}
