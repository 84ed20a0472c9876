import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { briefChecks } from '@shared/brief-rules'
import { today } from '@shared/dates'
import { pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import { markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { dayText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { useBrief, useComposerState } from '../composer/composer-context'
import { fieldLabel } from '@renderer/lib/brief-field-label'
import { goToCheck } from './go-to-check'
import type { CheckRow } from './check-rows'
import { checkRows } from './check-rows'

/** The sentence for one check, with its detail (a language, a marking, a date) in the user's words. */
function useCheckText() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (row: CheckRow) => {
    const detail = row.detail ?? ''
    switch (row.code) {
      case 'missing-language':
        return t('composer.checks.missing-language', { language: t(`languageNames.${detail as Language}`) })
      case 'marking-above-brief':
        return t('composer.checks.marking-above-brief', { marking: markingLabel(detail as Marking, language) })
      case 'review-overdue':
        return t('composer.checks.review-overdue', { date: dayText(detail, language) })
      case 'translation-out-of-step':
        return t(detail === 'fr' ? 'composer.checks.translationFrench' : 'composer.checks.translationEnglish')
      default:
        return t(`composer.checks.${row.code}`)
    }
  }
}

/**
 * The checks before export, counted in the composer's toolbar and listed on demand: what stops the
 * export, then what is worth a look, each leading to its place.
 */
export function ChecksPanel() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  // A keystroke's preview is drawn first; the checks of all the brief's items follow, a frame later.
  const brief = useDeferredValue(useBrief())
  const lookup = useComposerState((state) => state.lookup)
  const [day] = useState(today)
  const [open, setOpen] = useState(false)
  const groups = useMemo(() => checkRows(briefChecks(brief, lookup, day), brief), [brief, lookup, day])
  const text = useCheckText()
  const total = groups.blocking.length + groups.advisory.length

  // The list drops down over the outline: it folds away as the user goes to a check's place.
  const goTo = (row: CheckRow) => {
    setOpen(false)
    goToCheck({ briefItemId: row.itemId, sectionId: row.sectionId, detail: row.detail, field: row.field ?? undefined })
  }
  const linkText = (row: CheckRow) =>
    row.field !== null ? fieldLabel(t, row.field) : pick(row.title, language) || t('composer.outline.untitledItem')

  const list = (rows: CheckRow[], blocking: boolean) => (
    <ul className="checks-list">
      {rows.map((row) => (
        <li key={row.key} className={blocking ? 'check check-blocking' : 'check'} data-testid="check">
          {blocking && <span className="badge badge-overdue">{t('composer.checks.blockingBadge')}</span>}{' '}
          <button type="button" className="link-button" onClick={() => goTo(row)}>
            {linkText(row)}
          </button>
          {row.code !== 'empty-section' && pick(row.sectionTitle, language).trim() !== '' && (
            <span className="check-section"> ({pick(row.sectionTitle, language)})</span>
          )}
          {t('common.colon')}
          {text(row)}
        </li>
      ))}
    </ul>
  )

  return (
    <section
      className={groups.blocking.length > 0 ? 'checks toolbar-popover checks-blocking' : 'checks toolbar-popover'}
      aria-labelledby="checks-heading"
      data-testid="checks"
    >
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="checks-heading" className="checks-title">
            {total === 0
              ? t('composer.checks.allClear')
              : t('composer.checks.summary', { blocking: groups.blocking.length, advisory: groups.advisory.length })}
          </h2>
        </summary>
        <div className="toolbar-popover-body">
          {groups.blocking.length > 0 && (
            <>
              <p className="checks-group-title">{t('composer.checks.mustFix')}</p>
              {list(groups.blocking, true)}
            </>
          )}
          {groups.advisory.length > 0 && (
            <>
              <p className="checks-group-title">{t('composer.checks.worthALook')}</p>
              {list(groups.advisory, false)}
            </>
          )}
        </div>
      </details>
    </section>
  )
}
