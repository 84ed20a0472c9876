import { memo } from 'react'
import type { ReactNode, Ref } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { LibraryKind, Partner } from '@shared/entities'
import { LANGUAGE_TAGS, pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import type { LibraryHit } from '@shared/operations'
import { plainText } from '@shared/rich-text'
import { DateText } from '@renderer/components/date-text'
import { shownLanguage } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { ReviewBadge } from '@renderer/components/review-badge'
import { StatusBadge } from '@renderer/components/status-badge'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { useDragSource } from '@renderer/lib/drag-and-drop'
import type { DragData } from '@renderer/lib/drag-and-drop'
import { itemBody } from '@renderer/lib/item-text'
import { hasMatch, snippetAround } from './highlight'
import { HighlightedText } from './highlighted-text'
import { Fact } from '@renderer/components/fact'
import { TranslationBadges } from '@renderer/components/translation-badge'
import { recordTranslation } from '@shared/align-records'

interface Props {
  hit: LibraryHit
  /** Opens the item from its title; without it the title is plain text (a picker acts through `actions`). */
  onOpen?: (kind: LibraryKind, id: string) => void
  /** Buttons shown at the foot of the card, such as a brief composer's "Add". */
  actions?: ReactNode
  /** Makes the card draggable with this data (into a brief's outline). */
  drag?: DragData
  /** Leaves out the topics, for a narrow column. */
  compact?: boolean
  /** In a long list drawn in part: the card's place (from 0) and the list's length, told to assistive technology. */
  position?: number
  setSize?: number
  /** In a long list drawn in part: the row this card starts, and what measures it (see VirtualResultList). */
  row?: number
  measureRef?: Ref<HTMLLIElement>
}

const other = (language: Language): Language => (language === 'en' ? 'fr' : 'en')

/** The lang attribute for text shown in `shown` inside an interface in `language`. */
const langOf = (shown: Language, language: Language) => (shown === language ? undefined : LANGUAGE_TAGS[shown])

/**
 * One found item: its title (a button that opens it), a glimpse of its text around the match,
 * and the facts an officer checks before using it. When the words matched only the other
 * language's text, that text is shown too, so the user sees why the item was found.
 * Memoized: a keystroke re-renders the list around the cards, and a card only changes with its hit.
 */
export const ResultCard = memo(function ResultCard(props: Props) {
  const { hit, onOpen, actions, drag, compact, position, setSize, row, measureRef } = props
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { dragProps } = useDragSource(drag ?? null)
  const { kind, item, terms } = hit
  const title = itemTitle(kind, item)
  // The glimpse shows the words of the text, not its list and emphasis markers.
  const fullBody = itemBody(kind, item)
  const body = { en: plainText(fullBody.en), fr: plainText(fullBody.fr) }
  const titleText = pick(title, language)
  const bodyText = pick(body, language)
  const otherLanguage = other(language)
  const matchedHere = hasMatch(titleText, terms) || hasMatch(bodyText, terms)
  const otherMatch =
    terms.length > 0 && !matchedHere
      ? [title[otherLanguage], body[otherLanguage]].find((text) => hasMatch(text, terms))
      : undefined

  const translation = recordTranslation(item)
  const titleShown =
    titleText.trim() === '' ? t('library.untitled') : <HighlightedText text={titleText} terms={terms} />

  return (
    <li
      className={onOpen ? 'card result-card' : 'card result-card result-card-static'}
      data-testid="library-item"
      data-item-id={item.id}
      data-position={position}
      aria-setsize={setSize}
      aria-posinset={position === undefined ? undefined : position + 1}
      data-row={row}
      ref={measureRef}
      {...dragProps}
    >
      <p className="card-kind">{t(`library.kind.${kind}`)}</p>
      <h3 className="card-title">
        {onOpen ? (
          <button
            type="button"
            className="card-open"
            data-result-open={item.id}
            lang={langOf(shownLanguage(title, language), language)}
            onClick={() => onOpen(kind, item.id)}
          >
            {titleShown}
          </button>
        ) : (
          <span lang={langOf(shownLanguage(title, language), language)}>{titleShown}</span>
        )}
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
        {kind === 'partner' && <Fact label={t('fields.kind')}>{t(`partnerKinds.${(item as Partner).kind}`)}</Fact>}
        <Fact label={t('fields.status')}>
          <StatusBadge status={item.status} />
        </Fact>
        <Fact label={t('fields.marking')}>
          <MarkingBadge marking={item.marking} />
        </Fact>
        <Fact label={t('fields.reviewBy')}>
          <DateText value={item.reviewBy} />
          <ReviewBadge state={hit.review} />
        </Fact>
        {(translation.needsUpdate.length > 0 || translation.missing.length > 0) && (
          <Fact label={t('translation.field')}>
            <TranslationBadges translation={translation} />
          </Fact>
        )}
        {!compact && item.topics.length > 0 && (
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
      {actions && <div className="card-actions">{actions}</div>}
    </li>
  )
})
