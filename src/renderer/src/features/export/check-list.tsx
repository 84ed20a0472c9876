import type { TFunction } from 'i18next'
import { useTranslation } from '@renderer/i18n/translation'
import { markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import { dayText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { fieldLabel } from '@renderer/lib/brief-field-label'
import type { CheckGroups, ListedCheck } from './check-groups'

/** One check in words: what is wrong with which item, and in which section. */
export function checkText(t: TFunction, entry: ListedCheck, language: Language): string {
  const { check } = entry
  if (check.field === 'package.name') {
    return t(check.detail === 'fr' ? 'exportDialog.checks.packageNameFrench' : 'exportDialog.checks.packageNameEnglish')
  }
  if (check.field !== undefined && check.code === 'missing-language') {
    const field = fieldLabel(t, check.field)
    return t(
      check.detail === 'fr' ? 'exportDialog.checks.fieldMissingFrench' : 'exportDialog.checks.fieldMissingEnglish',
      {
        field
      }
    )
  }
  if (check.field !== undefined && check.code === 'translation-out-of-step') {
    const field = fieldLabel(t, check.field)
    return t(
      check.detail === 'fr'
        ? 'exportDialog.checks.fieldTranslationFrench'
        : 'exportDialog.checks.fieldTranslationEnglish',
      { field }
    )
  }
  const section = pick(entry.sectionTitle, language)
  const title = pick(check.title, language)
  const item = title.trim() !== '' ? t('common.quoted', { text: title }) : t('exportDialog.checks.untitledItem')
  const values = { item, section }
  switch (check.code) {
    case 'empty-section':
      return t('exportDialog.checks.empty-section', { section: pick(check.title, language) })
    case 'participant-to-be-confirmed':
    case 'no-participants':
    case 'empty-plan-part':
      return t(`exportDialog.checks.${check.code}`, { field: fieldLabel(t, check.field ?? '') })
    case 'missing-language':
      return t(
        check.detail === 'fr' ? 'exportDialog.checks.missingFrench' : 'exportDialog.checks.missingEnglish',
        values
      )
    case 'marking-above-brief':
      return t('exportDialog.checks.markingAbove', {
        ...values,
        marking: markingLabel((check.detail ?? 'UNCLASSIFIED') as Marking, language)
      })
    case 'review-overdue':
      return t('exportDialog.checks.reviewOverdue', { ...values, date: dayText(check.detail ?? '', language) })
    case 'translation-out-of-step':
      return t(
        check.detail === 'fr' ? 'exportDialog.checks.translationFrench' : 'exportDialog.checks.translationEnglish',
        values
      )
    default:
      return t(`exportDialog.checks.${check.code}`, values)
  }
}

interface Props {
  groups: CheckGroups
  /** For a package, each check names its brief. */
  showBrief: boolean
  /** Ids the Export button is described by, so its reason for being off is read with it. */
  mustFixId: string
  /** Leads to a check's item in the brief (the dialog closes); without it the checks are text only. */
  onShowItem?: (entry: ListedCheck) => void
}

function Entries({
  entries,
  showBrief,
  onShowItem
}: {
  entries: ListedCheck[]
  showBrief: boolean
  onShowItem: ((entry: ListedCheck) => void) | undefined
}) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const itemName = (entry: ListedCheck) =>
    entry.check.field !== undefined
      ? fieldLabel(t, entry.check.field)
      : pick(entry.check.title, language).trim() || t('exportDialog.checks.untitledItem')
  return (
    <ul className="check-list">
      {entries.map((entry, index) => (
        <li
          key={`${entry.briefId}-${entry.check.field ?? entry.check.briefItemId}-${entry.check.code}-${index}`}
          data-testid="export-check"
        >
          {showBrief && entry.briefId !== '' && (
            <span className="check-brief">
              {t('exportDialog.checks.inBrief', { brief: pick(entry.briefTitle, language) })}{' '}
            </span>
          )}
          {checkText(t, entry, language)}
          {onShowItem && (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('exportDialog.checks.showItemLabel', { item: itemName(entry) })}
                onClick={() => onShowItem(entry)}
              >
                {t('exportDialog.checks.showItem')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

/** The checks before export: what must be fixed (Export stays off), then what is worth a look. */
export function CheckList({ groups, showBrief, mustFixId, onShowItem }: Props) {
  const { t } = useTranslation()
  if (groups.mustFix.length === 0 && groups.worthALook.length === 0) {
    return <p className="checks-clear">{t('exportDialog.checks.allClear')}</p>
  }
  return (
    <>
      {groups.mustFix.length > 0 && (
        <section className="check-group check-group-blocking" aria-labelledby={`${mustFixId}-title`}>
          <h3 id={`${mustFixId}-title`} className="check-group-title">
            {t('exportDialog.checks.mustFix', { count: groups.mustFix.length })}
          </h3>
          <p id={mustFixId} className="check-group-hint">
            {t('exportDialog.checks.mustFixHint')}
          </p>
          <Entries entries={groups.mustFix} showBrief={showBrief} onShowItem={onShowItem} />
        </section>
      )}
      {groups.worthALook.length > 0 && (
        <section className="check-group check-group-advisory" aria-labelledby={`${mustFixId}-look`}>
          <h3 id={`${mustFixId}-look`} className="check-group-title">
            {t('exportDialog.checks.worthALook', { count: groups.worthALook.length })}
          </h3>
          <p className="check-group-hint">{t('exportDialog.checks.worthALookHint')}</p>
          <Entries entries={groups.worthALook} showBrief={showBrief} onShowItem={onShowItem} />
        </section>
      )}
    </>
  )
}
