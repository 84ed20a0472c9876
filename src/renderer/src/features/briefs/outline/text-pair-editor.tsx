import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGES } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import { useDraftText } from './use-draft-text'

interface Props {
  /** Makes the inputs' ids: `${idBase}-en`, `${idBase}-fr`. */
  idBase: string
  legend: string
  value: BilingualText
  onCommit: (text: BilingualText) => void
}

/**
 * A text in English and French, written in place. Each box carries its language, for spell
 * checking and screen readers; each keystroke is committed as it is typed. The hint under the
 * boxes names how to write lists and emphasis, which the preview and Word show.
 */
export function TextPairEditor({ idBase, legend, value, onCommit }: Props) {
  const { t } = useTranslation()
  const { draft, change } = useDraftText(value, onCommit)
  const rows = (text: string) => Math.min(12, Math.max(2, Math.ceil(text.length / 55) + 1))
  return (
    <fieldset className="text-pair">
      <legend className="visually-hidden">{legend}</legend>
      {LANGUAGES.map((language) => (
        <div key={language} className="text-pair-field">
          <label className="language-label" htmlFor={`${idBase}-${language}`}>
            <span className="visually-hidden">{legend}, </span>
            {t(`languageNames.${language}`)}
          </label>
          <textarea
            id={`${idBase}-${language}`}
            className="text-area"
            lang={language}
            rows={rows(draft[language])}
            value={draft[language]}
            data-control={`text-${language}`}
            aria-describedby={`${idBase}-format-hint`}
            onChange={(event) => change({ ...draft, [language]: event.target.value })}
          />
        </div>
      ))}
      <p className="hint" id={`${idBase}-format-hint`}>
        {t('textStructure.hint')}
      </p>
    </fieldset>
  )
}
