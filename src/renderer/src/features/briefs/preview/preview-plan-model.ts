import type { Brief } from '@shared/entities'
import type { BilingualText } from '@shared/languages'
import { isBlankLogistics, printedAgenda, printedSteps } from '@shared/meeting-plan'
import type { AgendaItem, Logistics, RunOfShowStep } from '@shared/meeting-plan'

/**
 * The plan of the meeting as the Word file prints it (src/main/core/export/meeting-plan-parts.ts):
 * each part only when the brief carries it and something of it is filled in; null or empty when
 * it prints nothing.
 */
export interface PreviewPlan {
  logistics: Logistics | null
  steps: RunOfShowStep[]
  openingRemarks: BilingualText | null
  agenda: AgendaItem[]
  /** The section the plan follows the details in; null when the plan heads the brief. */
  sectionId: string | null
}

/** What the preview shows of the brief's logistics, run of show and agenda positions. */
export function previewPlan(brief: Brief): PreviewPlan {
  const remarks = brief.runOfShow?.openingRemarks
  return {
    logistics: brief.logistics && !isBlankLogistics(brief.logistics) ? brief.logistics : null,
    steps: brief.runOfShow ? printedSteps(brief.runOfShow) : [],
    openingRemarks: remarks && (remarks.en.trim() !== '' || remarks.fr.trim() !== '') ? remarks : null,
    agenda: printedAgenda(brief.agenda ?? []),
    sectionId: brief.sections.find((section) => section.kind === 'meeting-details')?.id ?? null
  }
}

/** True when the plan prints nothing at all. */
export function isEmptyPlan(plan: PreviewPlan): boolean {
  return plan.logistics === null && plan.steps.length === 0 && plan.openingRemarks === null && plan.agenda.length === 0
}
