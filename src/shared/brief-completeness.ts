import type { Brief, BriefSection } from './entities'
import type { BilingualText, Language } from './languages'
import { isBlankLogistics, printedAgenda, printedSteps } from './meeting-plan'

// What a director reading the brief would send back as unfinished: no objectives, a section with
// nothing in it, a meeting with no date, time or place, people still "to be confirmed". These
// look at the brief itself, not at its library items (brief-rules.ts checks those).

export const COMPLETENESS_CODES = [
  'no-objectives',
  'empty-section',
  'no-meeting-date',
  'no-meeting-time',
  'no-meeting-place',
  'participant-to-be-confirmed',
  'no-participants',
  'empty-plan-part'
] as const
export type CompletenessCode = (typeof COMPLETENESS_CODES)[number]

/** One gap in the brief, by the field or section it concerns. */
export interface CompletenessGap {
  code: CompletenessCode
  sectionId: string
  /** The field's path in the brief (`objectives`, `participants.partner.1.name`); absent for an empty section. */
  field?: string
  /** For a text written in each language: the language to write first (the input the link leads to). */
  detail: string | null
  /** The section's title for an empty section, so the check can name it. */
  title: BilingualText
}

const blank = (text: BilingualText): boolean => text.en.trim() === '' && text.fr.trim() === ''

/**
 * True when the section would print nothing but its heading: no items, and none of the brief's
 * own data it frames (the details table always prints; the participants table when someone is
 * listed). The Word export leaves such a section out, and the checks say so.
 */
export function isEmptySection(section: BriefSection, brief: Brief): boolean {
  if (section.items.length > 0 || section.kind === 'meeting-details') return false
  if (section.kind === 'participants') {
    return brief.participants.canada.length === 0 && brief.participants.partner.length === 0
  }
  return true
}

/** The brief's gaps in the order a reader meets them: details, then sections, then participants. */
export function completenessGaps(brief: Brief, languages: readonly Language[]): CompletenessGap[] {
  const first = (kind: BriefSection['kind']) => brief.sections.find((section) => section.kind === kind) ?? null
  const detailsId = first('meeting-details')?.id ?? ''
  const people = first('participants')
  const none = { en: '', fr: '' }
  const language = languages[0] ?? 'en'
  const gap = (code: CompletenessCode, field: string, detail: string | null = null, sectionId = detailsId) => ({
    code,
    sectionId,
    field,
    detail,
    title: none
  })
  const gaps: CompletenessGap[] = []
  if (blank(brief.objectives)) gaps.push(gap('no-objectives', 'objectives', language))
  if (brief.meeting.date.trim() === '') gaps.push(gap('no-meeting-date', 'meeting.date'))
  if (brief.meeting.time.trim() === '') gaps.push(gap('no-meeting-time', 'meeting.time'))
  if (blank(brief.meeting.place)) gaps.push(gap('no-meeting-place', 'meeting.place', language))
  // A part of the meeting's plan the brief carries with nothing in it prints nothing, like an empty section.
  if (brief.logistics && isBlankLogistics(brief.logistics)) gaps.push(gap('empty-plan-part', 'logistics'))
  const remarks = brief.runOfShow?.openingRemarks
  if (brief.runOfShow && printedSteps(brief.runOfShow).length === 0 && remarks && blank(remarks)) {
    gaps.push(gap('empty-plan-part', 'runOfShow'))
  }
  if (brief.agenda && printedAgenda(brief.agenda).length === 0) gaps.push(gap('empty-plan-part', 'agenda'))
  for (const section of brief.sections) {
    if (isEmptySection(section, brief)) {
      gaps.push({ code: 'empty-section', sectionId: section.id, detail: null, title: section.title })
    }
  }
  // People print only in a participants section; without one, who comes is not the brief's business.
  if (people && !isEmptySection(people, brief)) {
    for (const side of ['canada', 'partner'] as const) {
      const listed = brief.participants[side]
      if (listed.length === 0) gaps.push(gap('no-participants', `participants.${side}`, side, people.id))
      listed.forEach((person, index) => {
        if (person.name.trim() === '') {
          gaps.push(gap('participant-to-be-confirmed', `participants.${side}.${index}.name`, side, people.id))
        }
      })
    }
  }
  return gaps
}
