import type { Brief } from '@shared/entities'
import type { BriefCheck, CheckCode } from '@shared/brief-rules'
import type { BilingualText } from '@shared/languages'
import { excerpt } from '@renderer/lib/item-text'

/** One line of the checks panel: what is wrong, with which item, in which section. */
export interface CheckRow {
  key: string
  code: CheckCode
  blocking: boolean
  itemId: string
  sectionId: string
  sectionTitle: BilingualText
  /** The item's title; for free text, its first words. */
  title: BilingualText
  detail: string | null
  /** For a text of the brief itself (its place, a participant's title): its field path; null for an item. */
  field: string | null
}

export interface CheckGroups {
  /** Wrong to send: these stop an export. */
  blocking: CheckRow[]
  /** Worth a look before sending. */
  advisory: CheckRow[]
}

function freeTextTitle(brief: Brief, itemId: string): BilingualText {
  for (const section of brief.sections) {
    const item = section.items.find((each) => each.id === itemId)
    if (item?.type === 'text') return { en: excerpt(item.text.en, 60), fr: excerpt(item.text.fr, 60) }
  }
  return { en: '', fr: '' }
}

/** The checks as the panel lists them: blocking ones first, each group in the brief's order. */
export function checkRows(checks: readonly BriefCheck[], brief: Brief): CheckGroups {
  const sections = new Map(brief.sections.map((section) => [section.id, section.title]))
  const rows = checks.map((check, index): CheckRow => {
    const titled = check.title.en.trim() !== '' || check.title.fr.trim() !== ''
    return {
      key: `${check.field ?? check.briefItemId}-${check.code}-${index}`,
      code: check.code,
      blocking: check.blocking,
      itemId: check.briefItemId,
      sectionId: check.sectionId,
      sectionTitle: sections.get(check.sectionId) ?? { en: '', fr: '' },
      title: titled || check.field ? check.title : freeTextTitle(brief, check.briefItemId),
      detail: check.detail,
      field: check.field ?? null
    }
  })
  return { blocking: rows.filter((row) => row.blocking), advisory: rows.filter((row) => !row.blocking) }
}
