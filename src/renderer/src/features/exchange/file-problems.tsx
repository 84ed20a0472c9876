import type { ReactNode, Ref } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { errorMessage } from '@renderer/i18n/messages'

interface Props {
  /** What could not be done, in a sentence ("open-bad.dossier cannot be imported"). */
  title: string
  error: ApiError
  /** Replaces the error code's general sentence when the screen knows better what happened. */
  message?: string
  /** Says the library was left as it was (true for everything but a failed export). */
  nothingChanged?: boolean
  /** What the user can do next (try again…). */
  children?: ReactNode
  ref?: Ref<HTMLDivElement>
}

/**
 * Why a file or an action was refused: the error in the user's words, then every problem the
 * app found, each with where it is. The app's own sentences are plain English by contract, so
 * they are tagged as English whatever the interface language.
 */
export function FileProblems({ title, error, message, nothingChanged = true, children, ref }: Props) {
  const { t } = useTranslation()
  const issues = error.issues ?? []
  return (
    <div className="alert alert-error file-problems" role="alert" tabIndex={-1} ref={ref} data-testid="file-problems">
      <p className="alert-title">{title}</p>
      <p>{message ?? errorMessage(t, error)}</p>
      {issues.length > 0 ? (
        <>
          <p>{t('exchange.problems.listIntro', { count: issues.length })}</p>
          <ul className="problem-list">
            {issues.map((issue, index) => (
              <li key={`${issue.path}-${index}`} lang={LANGUAGE_TAGS.en}>
                <span className="problem-where">{issue.path}</span>: {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p lang={LANGUAGE_TAGS.en} className="problem-message">
          {error.message}
        </p>
      )}
      {nothingChanged && <p className="problem-safe">{t('exchange.problems.nothingChanged')}</p>}
      {children}
    </div>
  )
}
