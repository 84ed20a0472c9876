import type { Ref } from 'react'
import type { TFunction } from 'i18next'
import { ErrorSummary } from '@renderer/features/library/edit/error-summary'
import type { FieldProblem } from '@renderer/features/library/edit/field-problems'

/** A field path of the new-brief form (`participants.canada.0.name`) in the words its label uses. */
export function fieldLabel(t: TFunction, path: string): string {
  const [first = '', second, third, fourth] = path.split('.')
  const language = (part: string | undefined) =>
    part === 'en' || part === 'fr' ? `, ${t(`languageNames.${part}`)}` : ''
  switch (first) {
    case 'title':
      return t('composer.details.title') + language(second)
    case 'objectives':
      return t('composer.details.objectives') + language(second)
    case 'meeting':
      return second ? t(`composer.details.${second}`) : path
    case 'participants': {
      if (second !== 'canada' && second !== 'partner') return path
      const side = t(`composer.details.side.${second}`)
      if (third === undefined) return side
      const entry = t('composer.details.participantN', { n: Number(third) + 1 })
      return fourth ? `${side}, ${entry}, ${t(`composer.details.participant.${fourth}`)}` : `${side}, ${entry}`
    }
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

/** The problems of a refused "Create", each a link to its field; takes focus so it is read first. */
export function ProblemSummary({ problems, ref }: { problems: readonly FieldProblem[]; ref: Ref<HTMLDivElement> }) {
  return <ErrorSummary problems={problems} ref={ref} labelFor={fieldLabel} titleKey="composer.new.problemCount" />
}
