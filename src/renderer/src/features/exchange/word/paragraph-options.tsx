import { useId } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGES } from '@shared/languages'
import { TOPICS } from '@shared/topics'
import type { Topic } from '@shared/topics'
import { usePartners } from '@renderer/lib/partners-context'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { DraftKind, ParagraphOptions } from './paragraph-selection'
import { DRAFT_KINDS } from './paragraph-selection'

interface Props {
  /** Names the group for assistive technology ("How to save: Canada values…"). */
  legend: string
  /** Shown as a heading-like legend (the defaults) or read out only (each paragraph). */
  legendVisible?: boolean
  options: ParagraphOptions
  onChange: (patch: Partial<ParagraphOptions>) => void
}

/** Kind, partner, topic and language of a draft made from a paragraph. */
export function ParagraphOptionsFields({ legend, legendVisible, options, onChange }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { choices } = usePartners()
  const id = useId()
  return (
    <fieldset className="paragraph-options">
      <legend className={legendVisible ? 'field-label' : 'visually-hidden'}>{legend}</legend>
      <div className="paragraph-options-grid">
        <div className="compact-field">
          <label htmlFor={`${id}-kind`}>{t('exchange.word.kind')}</label>
          <select
            id={`${id}-kind`}
            className="select-input"
            value={options.kind}
            onChange={(event) => onChange({ kind: event.target.value as DraftKind })}
          >
            {DRAFT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`library.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="compact-field">
          <label htmlFor={`${id}-partner`}>{t('exchange.word.partner')}</label>
          <select
            id={`${id}-partner`}
            className="select-input"
            value={options.partnerId}
            onChange={(event) => onChange({ partnerId: event.target.value })}
          >
            <option value="">{t('exchange.word.noPartner')}</option>
            {choices(language).map((option) => (
              <option key={option.value} value={option.value} lang={option.lang}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="compact-field">
          <label htmlFor={`${id}-topic`}>{t('exchange.word.topic')}</label>
          <select
            id={`${id}-topic`}
            className="select-input"
            value={options.topic}
            onChange={(event) => onChange({ topic: event.target.value as Topic | '' })}
          >
            <option value="">{t('exchange.word.noTopic')}</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topics.${topic}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="compact-field">
          <label htmlFor={`${id}-language`}>{t('exchange.word.language')}</label>
          <select
            id={`${id}-language`}
            className="select-input"
            value={options.language}
            onChange={(event) => onChange({ language: event.target.value as ParagraphOptions['language'] })}
          >
            {LANGUAGES.map((each) => (
              <option key={each} value={each}>
                {t(`languageNames.${each}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  )
}
