import { useTranslation } from 'react-i18next'
import { itemTitle } from '@shared/entities'
import type { Partner } from '@shared/entities'
import { LANGUAGE_TAGS, pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import type { LibraryHit } from '@shared/operations'
import { IsoDate } from '@renderer/components/iso-date'
import { shownLanguage } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { ReviewBadge } from '@renderer/components/review-badge'
import { StatusBadge } from '@renderer/components/status-badge'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { itemBody } from '../item-text'
import { hasMatch, snippetAround } from './highlight'
import { HighlightedText } from './highlighted-text'

interface Props {
  hit: LibraryHit
  onOpen: () => void
}

const other = (language: Language): Language => (language === 'en' ? 'fr' : 'en')

/** The lang attribute for text shown in `shown` inside an interface in `language`. */
const langOf = (shown: Language, language: Language) => (shown === language ? undefined : LANGUAGE_TAGS[shown])

/**
 * One found item: its title (a button that opens it), a glimpse of its text around the match,
 * and the facts an officer checks before using it. When the words matched only the other
 * language's text, that text is shown too, so the user sees why the item was found.
 */
export function ResultCard({ hit, onOpen }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { kind, item, terms } = hit
  const title = itemTitle(kind, item)
  const body = itemBody(kind, item)
  const titleText = pick(title, language)
  const bodyText = pick(body, language)
  const otherLanguage = other(language)
  const matchedHere = hasMatch(titleText, terms) || hasMatch(bodyText, terms)
  const otherMatch =
    terms.length > 0 && !matchedHere
      ? [title[otherLanguage], body[otherLanguage]].find((text) => hasMatch(text, terms))
      : undefined

  return (
    <li className="card result-card" data-testid="library-item" data-item-id={item.id}>
      <p className="card-kind">{t(`library.kind.${kind}`)}</p>
      <h3 className="card-title">
        <button
          type="button"
          className="card-open"
          data-result-open={item.id}
          lang={langOf(shownLanguage(title, language), language)}
          onClick={onOpen}
        >
          {titleText.trim() === '' ? t('library.untitled') : <HighlightedText text={titleText} terms={terms} />}
        </button>
      </h3>
      {bodyText.trim() !== '' && (
        <p className="card-excerpt" lang={langOf(shownLanguage(body, language), language)}>
          <HighlightedText text={snippetAround(bodyText, terms)} terms={terms} />
        </p>
      )}
      {otherMatch !== undefined && (
        <p className="card-other-match">
          <span className="other-match-label">{t(`search.foundIn.${otherLanguage}`)}</span>{' '}
          <span lang={LANGUAGE_TAGS[otherLanguage]}>
            <HighlightedText text={snippetAround(otherMatch, terms, 160)} terms={terms} />
          </span>
        </p>
      )}
      <dl className="facts">
        {kind === 'partner' && (
          <div className="fact">
            <dt>{t('fields.kind')}</dt>
            <dd>{t(`partnerKinds.${(item as Partner).kind}`)}</dd>
          </div>
        )}
        <div className="fact">
          <dt>{t('fields.status')}</dt>
          <dd>
            <StatusBadge status={item.status} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t('fields.marking')}</dt>
          <dd>
            <MarkingBadge marking={item.marking} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t('fields.reviewBy')}</dt>
          <dd>
            <IsoDate value={item.reviewBy} />
            <ReviewBadge state={hit.review} />
          </dd>
        </div>
        {item.topics.length > 0 && (
          <div className="fact fact-wide">
            <dt>{t('fields.topics')}</dt>
            <dd>
              <ul className="tag-list">
                {item.topics.map((topic) => (
                  <li key={topic} className="tag">
                    {t(`topics.${topic}`)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </li>
  )
}
