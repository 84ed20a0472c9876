import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { FieldProblem } from '@renderer/lib/field-problems'

interface Props {
  id: string
  problems: readonly FieldProblem[] | undefined
}

/** What is wrong with one field, right below it, named by `id` for the input's aria-describedby. */
export function FieldErrors({ id, problems }: Props) {
  const { t } = useTranslation()
  if (!problems || problems.length === 0) return null
  return (
    <div id={id} className="field-error">
      {problems.map((problem, index) =>
        problem.serverMessage === undefined ? (
          <p key={index}>{t(problem.key, problem.values)}</p>
        ) : (
          // The server's sentence is plain English by contract; it is tagged so.
          <p key={index}>
            {t('validation.server')} <span lang={LANGUAGE_TAGS.en}>{problem.serverMessage}</span>
          </p>
        )
      )}
    </div>
  )
}

/** The ids an input is described by (hint and errors), or undefined when there are none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '')
  return present.length > 0 ? present.join(' ') : undefined
}
