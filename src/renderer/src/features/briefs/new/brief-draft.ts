import type { Partner, Participant, Person } from '@shared/entities'
import type { core } from 'zod'
import { createBriefInput } from '@shared/brief-inputs'
import type { BriefTemplateDefinition, CreateBriefInput } from '@shared/brief-inputs'
import type { BriefLanguage } from '@shared/languages'
import type { Marking } from '@shared/markings'
import type { FieldProblem } from '@renderer/lib/field-problems'
import { checkDraft, problemsFromIssues } from '@renderer/lib/field-problems'

/** What the new-brief form edits: the create input, every field present. */
export type BriefDraft = CreateBriefInput

/** What a new brief starts with, from the settings: its marking and its language. */
export interface BriefDefaults {
  marking: Marking
  language: BriefLanguage
}

/** A new brief's starting values: the template's format, today's date, the user's default marking and language. */
export function emptyDraft(template: BriefTemplateDefinition, defaults: BriefDefaults, date: string): BriefDraft {
  return {
    template: template.id,
    title: { en: '', fr: '' },
    language: defaults.language,
    marking: defaults.marking,
    meeting: { date, time: '', place: { en: '', fr: '' }, format: template.format },
    partnerIds: [],
    participants: { canada: [], partner: [] },
    objectives: { en: '', fr: '' }
  }
}

/** The draft checked against the contract: the input to send, or the problems to show by their fields. */
export function validateDraft(
  draft: BriefDraft
): { ok: true; input: CreateBriefInput } | { ok: false; problems: FieldProblem[] } {
  const parsed = checkDraft(createBriefInput, draft)
  if (parsed.success) return { ok: true, input: parsed.data }
  return { ok: false, problems: briefProblems(parsed.error.issues) }
}

/** A brief's schema issues as problems in words that fit a brief's fields. */
export function briefProblems(issues: readonly core.$ZodIssue[]): FieldProblem[] {
  return problemsFromIssues(issues).map((problem) => {
    // "A title in at least one language" reads best as the plain "fill in this field"; the
    // hint under the title already says one language is enough.
    if (problem.path === 'title') return { ...problem, key: 'validation.required' as const }
    // The library's wording for a pattern is about ids; a time is a format.
    if (problem.path === 'meeting.time') return { ...problem, key: 'validation.format' as const }
    return problem
  })
}

/**
 * A participant picked from a partner's people: title and organization in both languages, as
 * the library holds them (the partner's name when the person has no organization), so a
 * French document prints them in French whatever language the officer works in.
 */
export function participantFrom(person: Person, partner: Partner): Participant {
  const hasOrganization = person.organization.en.trim() !== '' || person.organization.fr.trim() !== ''
  return {
    name: person.name,
    title: { ...person.title },
    organization: hasOrganization ? { ...person.organization } : { ...partner.name },
    personId: person.id
  }
}

/** An empty typed participant. */
export function emptyParticipant(): Participant {
  return { name: '', title: { en: '', fr: '' }, organization: { en: '', fr: '' }, personId: null }
}
