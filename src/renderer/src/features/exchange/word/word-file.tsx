import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { WordFileParagraphs } from '@shared/exchange-inputs'
import { excerpt } from '@renderer/lib/item-text'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { ParagraphOptionsFields } from './paragraph-options'
import type { ParagraphOptions, Picked } from './paragraph-selection'
import { guessLanguage, headingLevel, isPickable, paragraphKey, paragraphsUnder } from './paragraph-selection'

interface Props {
  file: WordFileParagraphs
  fileIndex: number
  picked: Picked
  /** Picks (on) or drops (off) these paragraphs. */
  onToggle: (keys: string[], on: boolean) => void
  onOptions: (key: string, patch: Partial<ParagraphOptions>) => void
}

// The file's name is an h2, so the document's own headings start at h3.
const HEADING_TAGS = { 1: 'h3', 2: 'h4', 3: 'h5' } as const

/** Turns picks on when some are off, and off when all are on. */
function GroupToggle({
  keys,
  picked,
  onToggle,
  onLabel,
  offLabel
}: {
  keys: string[]
  picked: Picked
  onToggle: Props['onToggle']
  onLabel: string
  offLabel: string
}) {
  const all = keys.every((key) => picked.has(key))
  return (
    <button type="button" className="button button-secondary button-small" onClick={() => onToggle(keys, !all)}>
      {all ? offLabel : onLabel}
    </button>
  )
}

/** One Word document: its headings as headings, each paragraph a checkbox, options under each picked one. */
export function WordFile({ file, fileIndex, picked, onToggle, onOptions }: Props) {
  const { t } = useTranslation()
  const uiLanguage = useUiLanguage()
  const { name } = file
  // The document's text is tagged with its language, so screen readers pronounce it right.
  const fileLanguage = guessLanguage(
    file.paragraphs.map((paragraph) => paragraph.text),
    uiLanguage
  )
  const pickable = file.paragraphs.flatMap((paragraph, index) =>
    isPickable(paragraph) ? [paragraphKey(fileIndex, index)] : []
  )
  return (
    <section className="word-file" aria-labelledby={`word-file-${fileIndex}`} data-testid="word-file">
      <div className="word-file-head">
        <h2 id={`word-file-${fileIndex}`}>{name}</h2>
        <p className="hint">{t('exchange.word.paragraphCount', { count: pickable.length })}</p>
        {pickable.length > 0 && (
          <GroupToggle
            keys={pickable}
            picked={picked}
            onToggle={onToggle}
            onLabel={t('exchange.word.selectFile', { file: name })}
            offLabel={t('exchange.word.clearFile', { file: name })}
          />
        )}
      </div>
      {pickable.length === 0 && <p className="empty-state">{t('exchange.word.noText')}</p>}
      <div className="word-paragraphs">
        {file.paragraphs.map((paragraph, index) => {
          const level = headingLevel(paragraph)
          if (level !== undefined) {
            const Heading = HEADING_TAGS[level as 1 | 2 | 3]
            const under = paragraphsUnder(file.paragraphs, index).map((each) => paragraphKey(fileIndex, each))
            const short = excerpt(paragraph.text, 60)
            return (
              <div key={index} className={`word-heading word-heading-${level}`}>
                <Heading lang={LANGUAGE_TAGS[fileLanguage]}>{paragraph.text}</Heading>
                {under.length > 0 && (
                  <GroupToggle
                    keys={under}
                    picked={picked}
                    onToggle={onToggle}
                    onLabel={t('exchange.word.selectUnder', { count: under.length, heading: short })}
                    offLabel={t('exchange.word.clearUnder', { count: under.length, heading: short })}
                  />
                )}
              </div>
            )
          }
          if (!isPickable(paragraph)) return null
          const key = paragraphKey(fileIndex, index)
          const options = picked.get(key)
          return (
            <div
              key={index}
              className={`word-paragraph word-${paragraph.style}${options ? ' word-picked' : ''}`}
              data-testid="word-paragraph"
            >
              <label className="checkbox word-checkbox">
                <input
                  type="checkbox"
                  checked={options !== undefined}
                  onChange={(e) => onToggle([key], e.target.checked)}
                />
                <span className="word-text" lang={LANGUAGE_TAGS[options?.language ?? fileLanguage]}>
                  {paragraph.style === 'list' && (
                    <span className="word-bullet" aria-hidden="true">
                      •{' '}
                    </span>
                  )}
                  {paragraph.text}
                </span>
              </label>
              {options && (
                <ParagraphOptionsFields
                  legend={t('exchange.word.optionsFor', { text: excerpt(paragraph.text, 60) })}
                  options={options}
                  onChange={(patch) => onOptions(key, patch)}
                />
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
