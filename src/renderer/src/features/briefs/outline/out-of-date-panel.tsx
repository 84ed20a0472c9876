import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGES } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import { DiffText } from '@renderer/components/diff-text'
import { wordDiff } from '@renderer/lib/word-diff'
import type { DiffPart } from '@renderer/lib/word-diff'

/**
 * One column of the comparison: each reads as its own text, the brief's with the words the
 * library dropped marked, the library's with the words it added marked.
 */
function side(before: string, after: string, marked: 'added' | 'removed'): DiffPart[] {
  return wordDiff(before, after).filter((part) => part.change === 'same' || part.change === marked)
}

interface Props {
  briefText: BilingualText
  libraryText: BilingualText
  onTake: () => void
}

/**
 * The library's text changed since it was placed: the brief's copy and the library's, side by
 * side in each language, their differences marked, and one button to take the library's.
 */
export function OutOfDatePanel({ briefText, libraryText, onTake }: Props) {
  const { t } = useTranslation()
  const changed = LANGUAGES.filter((language: Language) => briefText[language] !== libraryText[language])
  return (
    <div className="out-of-date" data-testid="out-of-date">
      <p className="out-of-date-title">{t('composer.item.outOfDateExplain')}</p>
      {/* Only a profile's figures changed (brief-rules.ts): there is no text to compare. */}
      {changed.length === 0 && <p data-testid="figures-changed">{t('figures.outOfDate')}</p>}
      {changed.map((language) => (
        <div key={language} className="compare">
          <p className="compare-language">{t(`languageNames.${language}`)}</p>
          <div className="compare-columns">
            <div className="compare-column" data-testid="brief-copy">
              <p className="compare-label">{t('composer.item.briefCopy')}</p>
              <p className="compare-text diff-text" lang={language}>
                <DiffText parts={side(briefText[language], libraryText[language], 'removed')} />
              </p>
            </div>
            <div className="compare-column" data-testid="library-copy">
              <p className="compare-label">{t('composer.item.libraryCopy')}</p>
              <p className="compare-text diff-text" lang={language}>
                <DiffText parts={side(briefText[language], libraryText[language], 'added')} />
              </p>
            </div>
          </div>
        </div>
      ))}
      <button type="button" className="button button-small" onClick={onTake} data-control="take-library">
        {t('composer.item.useLibraryText')}
      </button>
    </div>
  )
}
