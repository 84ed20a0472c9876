import type { Brief, BriefSection } from './entities'
import type { BilingualText, Language } from './languages'
import { languagesLacking } from './languages'
import { languageToUpdate, textState } from './translation'
import { planFieldTexts } from './meeting-plan-texts'

// A brief's own texts reach the export beside its library items: its title, objectives and
// place, its run of show, logistics and agenda positions, its participants' titles and
// organizations, its section titles. Written in one
// language only, a French document would print them in English; so they are checked like items.

/** One of the brief's own texts, by its field path in the brief, with the section it prints in. */
export interface BriefFieldText {
  field: string
  /** The section the text belongs to; null for the brief's title. */
  section: BriefSection | null
  value: BilingualText
}

/** Every text of the brief itself that an export prints, in the order a reader meets them. */
export function briefFieldTexts(brief: Brief): BriefFieldText[] {
  const first = (kind: BriefSection['kind']) => brief.sections.find((section) => section.kind === kind) ?? null
  const details = first('meeting-details')
  const people = first('participants')
  const sides = (['canada', 'partner'] as const).flatMap((side) =>
    brief.participants[side].flatMap((person, index) =>
      (['title', 'organization'] as const).map((part) => ({
        field: `participants.${side}.${index}.${part}`,
        section: people,
        value: person[part]
      }))
    )
  )
  return [
    { field: 'title', section: null, value: brief.title },
    { field: 'meeting.place', section: details, value: brief.meeting.place },
    { field: 'objectives', section: details, value: brief.objectives },
    ...planFieldTexts(brief).map(({ field, value }) => ({ field, section: details, value })),
    ...sides,
    ...brief.sections.map((section, index) => ({ field: `sections.${index}.title`, section, value: section.title }))
  ]
}

/** The texts written in one language and missing in `language`, which the brief is exported in. */
export function missingTranslations(
  brief: Brief,
  languages: readonly Language[]
): (BriefFieldText & { language: Language })[] {
  return briefFieldTexts(brief).flatMap((text) =>
    languagesLacking(text.value, languages).map((language) => ({ ...text, language }))
  )
}

/**
 * The brief's own texts whose two languages fell out of step (one was edited, the other not), each
 * with the language that needs updating: the same rule as library texts and items in the brief.
 */
export function laggingTranslations(brief: Brief): (BriefFieldText & { language: Language })[] {
  return briefFieldTexts(brief).flatMap((text) => {
    const language = languageToUpdate(textState(text.value))
    return language === null ? [] : [{ ...text, language }]
  })
}
