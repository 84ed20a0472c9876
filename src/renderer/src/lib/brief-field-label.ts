import type { TFunction } from 'i18next'
import { planFieldLabel } from './plan-field-label'

/**
 * A field path of a brief (`participants.canada.0.name`, `meeting.place.fr`) in the words its
 * label uses: for the new-brief form's problems and for the checks that name a brief's own text.
 */
export function fieldLabel(t: TFunction, path: string): string {
  const [first = '', second, third, fourth, fifth] = path.split('.')
  const language = (part: string | undefined) =>
    part === 'en' || part === 'fr' ? `, ${t(`languageNames.${part}`)}` : ''
  switch (first) {
    case 'title':
      return t('composer.details.title') + language(second)
    case 'objectives':
      return t('composer.details.objectives') + language(second)
    case 'meeting':
      return second ? t(`composer.details.${second}`) + language(third) : path
    case 'participants': {
      if (second !== 'canada' && second !== 'partner') return path
      const side = t(`composer.details.side.${second}`)
      if (third === undefined) return side
      const entry = t('composer.details.participantN', { n: Number(third) + 1 })
      return fourth
        ? `${side}, ${entry}, ${t(`composer.details.participant.${fourth}`)}${language(fifth)}`
        : `${side}, ${entry}`
    }
    case 'sections':
      return t('composer.section.titleLegend') + language(fourth)
    case 'logistics':
    case 'runOfShow':
    case 'agenda':
      return planFieldLabel(t, path)
    case 'partnerIds':
      return t('composer.details.partners')
    case 'marking':
      return t('composer.marking.label')
    case 'language':
      return t('composer.language.label')
    default:
      return path
  }
}
