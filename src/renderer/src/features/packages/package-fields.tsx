import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS, LANGUAGES } from '@shared/languages'
import type { Language } from '@shared/languages'
import { MARKINGS, markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { DateEcho, dateEchoId } from '@renderer/components/date-echo'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { DraftProblem, PackageDraft } from './package-draft'

interface Props {
  draft: PackageDraft
  onChange: (draft: PackageDraft) => void
  /** Problems shown next to their fields; empty until the user first tries to save. */
  problems: readonly DraftProblem[]
  /** Prefix for ids, so two forms on one page never share one. */
  idPrefix: string
}

/** The input id for a field of the form, so the error summary and tests can find it. */
export function packageFieldId(prefix: string, path: string): string {
  return `${prefix}-${path}`
}

function FieldError({ id, problem }: { id: string; problem: DraftProblem | undefined }) {
  const { t } = useTranslation()
  if (!problem) return null
  return (
    <div id={id} className="field-error">
      <p>{t(problem.key, problem.values)}</p>
    </div>
  )
}

/** Name in English and French, start and end dates, and marking; each with its error below it. */
export function PackageFields({ draft, onChange, problems, idPrefix }: Props) {
  const { t } = useTranslation()
  const uiLanguage = useUiLanguage()
  const problem = (path: DraftProblem['path']) => problems.find((each) => each.path === path)
  const id = (path: string) => packageFieldId(idPrefix, path)
  const set = (change: Partial<PackageDraft>) => onChange({ ...draft, ...change })
  const nameProblem = problem('name')

  const nameInput = (language: Language) => (
    <div key={language} className="bilingual-column">
      <label className="language-label" htmlFor={id(`name-${language}`)}>
        <span className="visually-hidden">{t('packageEditor.fields.name')}, </span>
        {t(`languageNames.${language}`)}
      </label>
      <input
        id={id(`name-${language}`)}
        type="text"
        lang={language}
        className="text-input"
        value={draft.name[language]}
        aria-invalid={nameProblem ? true : undefined}
        aria-describedby={[id('name-hint'), nameProblem ? id('name-errors') : ''].join(' ').trim()}
        onChange={(event) => set({ name: { ...draft.name, [language]: event.target.value } })}
      />
    </div>
  )

  const dateField = (path: 'startDate' | 'endDate') => {
    const own = problem(path)
    return (
      <div className="form-field">
        <label className="field-label" htmlFor={id(path)}>
          {t(`packageEditor.fields.${path}`)}
        </label>
        <input
          id={id(path)}
          type="date"
          lang={LANGUAGE_TAGS[uiLanguage]}
          className="text-input"
          value={draft[path]}
          aria-invalid={own ? true : undefined}
          aria-describedby={
            [dateEchoId(id(path), draft[path]) || '', own ? id(`${path}-errors`) : ''].join(' ').trim() || undefined
          }
          onChange={(event) => set({ [path]: event.target.value })}
        />
        <DateEcho id={`${id(path)}-date`} value={draft[path]} />
        <FieldError id={id(`${path}-errors`)} problem={own} />
      </div>
    )
  }

  const markingProblem = problem('marking')
  return (
    <>
      <fieldset className="form-field bilingual-field" id={id('name')}>
        <legend className="field-label">{t('packageEditor.fields.name')}</legend>
        <p className="hint" id={id('name-hint')}>
          {t('packageEditor.fields.nameHint')}
        </p>
        <FieldError id={id('name-errors')} problem={nameProblem} />
        <div className="bilingual-row">{LANGUAGES.map(nameInput)}</div>
      </fieldset>
      <div className="form-grid">
        {dateField('startDate')}
        {dateField('endDate')}
        <div className="form-field">
          <label className="field-label" htmlFor={id('marking')}>
            {t('fields.marking')}
          </label>
          <select
            id={id('marking')}
            className="select-input"
            value={draft.marking}
            aria-invalid={markingProblem ? true : undefined}
            aria-describedby={[id('marking-hint'), markingProblem ? id('marking-errors') : ''].join(' ').trim()}
            onChange={(event) => set({ marking: event.target.value as Marking })}
          >
            {MARKINGS.map((marking) => (
              <option key={marking} value={marking}>
                {markingLabel(marking, uiLanguage)}
              </option>
            ))}
          </select>
          <p className="hint" id={id('marking-hint')}>
            {t('packageEditor.fields.markingHint')}
          </p>
          <FieldError id={id('marking-errors')} problem={markingProblem} />
        </div>
      </div>
    </>
  )
}
