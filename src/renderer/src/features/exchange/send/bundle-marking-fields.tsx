import { useTranslation } from '@renderer/i18n/translation'
import { markingLabel, MARKINGS } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

interface Props {
  ceiling: Marking
  history: boolean
  onChange: (choice: { ceiling: Marking; history: boolean }) => void
}

/** The highest marking that may leave this library in the file, and whether earlier versions go too. */
export function BundleMarkingFields({ ceiling, history, onChange }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <>
      <fieldset className="form-field" aria-describedby="bundle-ceiling-hint">
        <legend className="field-label">{t('signing.send.ceiling')}</legend>
        <p className="hint" id="bundle-ceiling-hint">
          {t('signing.send.ceilingHint')}
        </p>
        <div className="radio-group radio-group-stacked">
          {MARKINGS.map((marking) => (
            <label key={marking} className="radio">
              <input
                type="radio"
                name="bundle-ceiling"
                value={marking}
                checked={ceiling === marking}
                onChange={() => onChange({ ceiling: marking, history })}
              />
              {t(marking === 'UNCLASSIFIED' ? 'signing.send.onlyUnclassified' : 'signing.send.upTo', {
                marking: markingLabel(marking, language)
              })}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={history}
            aria-describedby="bundle-history-hint"
            onChange={(event) => onChange({ ceiling, history: event.target.checked })}
          />
          {t('signing.send.history')}
        </label>
        <p className="hint" id="bundle-history-hint">
          {t('signing.send.historyHint')}
        </p>
      </div>
    </>
  )
}
