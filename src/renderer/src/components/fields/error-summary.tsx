import type { Ref } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { FieldProblem } from '@renderer/lib/field-problems'
import { fieldId } from '@renderer/lib/field-problems'
import { problemLabel } from '@renderer/lib/problem-label'

/**
 * Moves focus to the field a path names; for a group (a text in two languages), to its first
 * empty input, which is usually the one the problem is about.
 */
function focusField(path: string) {
  const element = document.getElementById(fieldId(path))
  if (!element) return
  if (element.matches('input, textarea, select')) return element.focus()
  const inputs = [...element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea, select')]
  ;(inputs.find((input) => input.value.trim() === '') ?? inputs[0])?.focus()
}

interface ErrorSummaryProps {
  problems: readonly FieldProblem[]
  ref: Ref<HTMLDivElement>
  /** Names a field path in the words of its label; the library form's labels unless told. */
  labelFor?: (t: TFunction, path: string) => string
  /** The translation key of the heading, with plural forms ("N problems to fix before saving"). */
  titleKey?: string
}

/**
 * The problems of a refused save, listed at the top of the form with a link to each field.
 * It takes focus after a refused save so screen readers read it, and each link leads on.
 */
export function ErrorSummary({
  problems,
  ref,
  labelFor = problemLabel,
  titleKey = 'form.problemCount'
}: ErrorSummaryProps) {
  const { t } = useTranslation()
  if (problems.length === 0) return null
  return (
    <div className="alert error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {t(titleKey, { count: problems.length })}
      </h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <button type="button" className="link-button" onClick={() => focusField(problem.path)}>
              {labelFor(t, problem.path)}
              {t('common.colon')}
              {problem.serverMessage === undefined ? (
                t(problem.key, problem.values)
              ) : (
                <span lang={LANGUAGE_TAGS.en}>{problem.serverMessage}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
