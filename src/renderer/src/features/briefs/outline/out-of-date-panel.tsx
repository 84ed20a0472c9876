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
  /** The brief's title and the library's, when the library's changed too. */
  titles?: { label: string; brief: BilingualText; library: BilingualText } | null
  onTake: () => void
}

// The brief's copy, with what the library dropped marked, then the library's, with what it added.
const COLUMNS = [
  { testId: 'brief-copy', label: 'composer.item.briefCopy', marked: 'removed' },
  { testId: 'library-copy', label: 'composer.item.libraryCopy', marked: 'added' }
] as const

/** The brief's copy and the library's of one text in one language, side by side, differences marked. */
function Comparison({
  heading,
  before,
  after,
  language
}: {
  heading: string
  before: string
  after: string
  language: Language
}) {
  const { t } = useTranslation()
  return (
    <div className="compare">
      <p className="compare-language">{heading}</p>
      <div className="compare-columns">
        {COLUMNS.map(({ testId, label, marked }) => (
          <div key={testId} className="compare-column" data-testid={testId}>
            <p className="compare-label">{t(label)}</p>
            <p className="compare-text diff-text" lang={language}>
              <DiffText parts={side(before, after, marked)} />
            </p>
          </div>
        ))}
      </div>
    </div>
  )
}

/**
 * The library's item changed since it was placed: the brief's copy and the library's, side by
 * side in each language (the title first, when it changed), their differences marked, and one
 * button to take the library's.
 */
export function OutOfDatePanel({ briefText, libraryText, titles, onTake }: Props) {
  const { t } = useTranslation()
  const differ = (a: BilingualText, b: BilingualText) =>
    LANGUAGES.filter((language: Language) => a[language] !== b[language])
  const changed = differ(briefText, libraryText)
  const retitled = titles ? differ(titles.brief, titles.library) : []
  return (
    <div className="out-of-date" data-testid="out-of-date">
      <p className="out-of-date-title">{t('composer.item.outOfDateExplain')}</p>
      {/* Only a profile's figures changed (brief-rules.ts): there is no text to compare. */}
      {changed.length === 0 && retitled.length === 0 && <p data-testid="figures-changed">{t('figures.outOfDate')}</p>}
      {titles &&
        retitled.map((language) => (
          <Comparison
            key={`title-${language}`}
            heading={`${titles.label} · ${t(`languageNames.${language}`)}`}
            before={titles.brief[language]}
            after={titles.library[language]}
            language={language}
          />
        ))}
      {changed.map((language) => (
        <Comparison
          key={language}
          heading={t(`languageNames.${language}`)}
          before={briefText[language]}
          after={libraryText[language]}
          language={language}
        />
      ))}
      <button type="button" className="button button-small" onClick={onTake} data-control="take-library">
        {t('composer.item.useLibraryText')}
      </button>
    </div>
  )
}
