import { useId } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { IMPORT_CHOICES } from '@shared/exchange-inputs'
import type { ImportChoice } from '@shared/exchange-inputs'
import { LANGUAGE_TAGS, LANGUAGES } from '@shared/languages'
import type { Language } from '@shared/languages'
import { LocalizedText } from '@renderer/components/localized-text'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { DiffPart } from '@renderer/lib/word-diff'
import type { ConflictField } from './conflict-fields'
import { conflictFields } from './conflict-fields'
import { DiffMarks } from './diff-marks'
import { useValueNames } from './use-value-names'

interface Props {
  kind: LibraryKind
  mine: LibraryItem
  theirs: LibraryItem
  choice: ImportChoice | undefined
  onChoose: (choice: ImportChoice) => void
}

const isEmpty = (parts: readonly DiffPart[]) => parts.every((part) => part.text.trim() === '')

function SideText({ parts, language }: { parts: readonly DiffPart[]; language?: Language }) {
  const { t } = useTranslation()
  if (isEmpty(parts)) return <p className="not-written">{t('library.notWritten')}</p>
  return (
    <p className="prose" lang={language ? LANGUAGE_TAGS[language] : undefined}>
      <DiffMarks parts={parts} />
    </p>
  )
}

function Side({ field, side }: { field: ConflictField; side: 'mine' | 'theirs' }) {
  const { t } = useTranslation()
  if (field.shape === 'value') return <SideText parts={field[side]} />
  return (
    <>
      {LANGUAGES.map((language) => (
        <div key={language}>
          <p className="language-label">{t(`languageNames.${language}`)}</p>
          <SideText parts={field[side][language]} language={language} />
        </div>
      ))}
    </>
  )
}

/**
 * One item changed both here and in the file: the two copies side by side, field by field, the
 * words that differ marked, and the choice of what to keep.
 */
export function ConflictCard({ kind, mine, theirs, choice, onChoose }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const names = useValueNames()
  const headingId = useId()
  const fields = conflictFields(kind, mine, theirs, names)
  const title = itemTitle(kind, theirs)
  const savedBy = (item: LibraryItem) =>
    t('library.savedBy', {
      version: item.version,
      who: item.updatedBy.trim() === '' ? t('history.someone') : item.updatedBy,
      when: momentText(item.updatedAt, language)
    })

  return (
    <article
      className={choice ? 'conflict-card conflict-settled' : 'conflict-card'}
      aria-labelledby={headingId}
      data-testid="conflict"
    >
      <p className="eyebrow">{t(`library.kind.${kind}`)}</p>
      <h3 id={headingId} className="conflict-title">
        <LocalizedText value={title} fallback={theirs.id} />
      </h3>
      <div className="conflict-compare">
        <div className="conflict-side-head conflict-mine" data-testid="conflict-mine-head">
          <h4>{t('exchange.conflict.mine')}</h4>
          <p className="conflict-meta">{savedBy(mine)}</p>
        </div>
        <div className="conflict-side-head conflict-theirs" data-testid="conflict-theirs-head">
          <h4>{t('exchange.conflict.theirs')}</h4>
          <p className="conflict-meta">{savedBy(theirs)}</p>
        </div>
        {fields.map((field) => (
          <div key={field.id} className="conflict-row" role="group" aria-label={t(field.labelKey)}>
            <h5 className="conflict-field-label">
              {t(field.labelKey)}
              {!field.differs && <span className="conflict-same"> {t('exchange.conflict.same')}</span>}
            </h5>
            <div className="conflict-cell conflict-mine" data-testid="conflict-mine">
              <p className="visually-hidden">{t('exchange.conflict.mine')}</p>
              <Side field={field} side="mine" />
            </div>
            <div className="conflict-cell conflict-theirs" data-testid="conflict-theirs">
              <p className="visually-hidden">{t('exchange.conflict.theirs')}</p>
              <Side field={field} side="theirs" />
            </div>
          </div>
        ))}
      </div>
      <fieldset className="conflict-choice">
        <legend className="field-label">{t('exchange.conflict.choose')}</legend>
        <div className="choice-options">
          {IMPORT_CHOICES.map((option) => (
            <label key={option} className="choice-option">
              <input
                type="radio"
                name={`choice-${headingId}`}
                value={option}
                checked={choice === option}
                onChange={() => onChoose(option)}
              />
              <span>
                <span className="choice-label">{t(`exchange.conflict.choices.${option}`)}</span>
                <span className="choice-hint">{t(`exchange.conflict.choiceHints.${option}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </article>
  )
}
