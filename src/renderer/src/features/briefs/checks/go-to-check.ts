import type { BriefCheck } from '@shared/brief-rules'
import { fieldId } from '@renderer/lib/field-problems'
import { focusDetailsField, focusItem, focusSection } from '../composer/focus'

/** What a check points at, as the checks panel and the export dialog's "Go to" both need it. */
export type CheckPlace = Pick<BriefCheck, 'briefItemId' | 'sectionId' | 'detail' | 'field'>

/**
 * Leads to the place a check concerns: an item of the outline; an empty section's heading; a
 * section's rename control for its title; else the brief's own input in the details panel (for a
 * text written in each language, the input of the language the check names).
 */
export function goToCheck(check: CheckPlace): void {
  const { field, detail } = check
  if (field === undefined || field === null) {
    if (check.briefItemId !== '') focusItem(check.briefItemId)
    else focusSection(check.sectionId)
  } else if (field.startsWith('sections.')) {
    focusSection(check.sectionId, 'rename')
  } else {
    focusDetailsField(fieldId(detail === 'en' || detail === 'fr' ? `${field}.${detail}` : field))
  }
}
