import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { BackgroundNote, Irritant, KeyMessage, LibraryItem, LibraryKind, Partner } from '@shared/entities'
import { today } from '@shared/dates'
import { reviewState } from '@shared/review'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { ReviewBadge } from '@renderer/components/review-badge'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { StatusBadge } from '@renderer/components/status-badge'
import { HistorySection } from '../history/history-section'
import { getItem } from '../library-api'
import { useClaimFocus, useLibraryNav } from '../library-nav'
import { BilingualSection } from './bilingual-view'
import { IrritantContent } from './irritant-content'
import { ItemActions } from './item-actions'
import { ItemFacts } from './item-facts'
import { ItemSource } from './item-source'
import { ItemUses } from './item-uses'
import { PartnerProfile } from './partner-profile'
import { TranslationNotice } from './translation-notice'
import { TranslationBadges } from '@renderer/components/translation-badge'
import { recordTranslation } from '@shared/align-records'
import { BackButton } from '@renderer/components/back-button'

/** What only this kind of item holds. */
function ItemContent({ kind, item }: { kind: LibraryKind; item: LibraryItem }) {
  const { t } = useTranslation()
  switch (kind) {
    case 'partner':
      return <PartnerProfile partner={item as Partner} />
    case 'irritant':
      return <IrritantContent irritant={item as Irritant} />
    case 'keyMessage':
      return <BilingualSection title={t('fields.text')} value={(item as KeyMessage).text} rich />
    case 'backgroundNote':
      return <BilingualSection title={t('fields.body')} value={(item as BackgroundNote).body} rich />
  }
}

/** One library item in full: its text in both languages, its source, how it is filed, where it is used, its history. */
export function ItemDetail({ kind, id }: { kind: LibraryKind; id: string }) {
  const { t } = useTranslation()
  const nav = useLibraryNav()
  const [item, retry] = useApiQuery(() => getItem(kind, id))
  useClaimFocus(item.state !== 'loading')

  return (
    <article className="item-detail" data-testid="item-detail">
      <BackButton onClick={() => nav.go({ view: 'browse', focus: { itemId: id } })}>{t('library.back')}</BackButton>
      {item.state === 'loading' && <LoadingMessage />}
      {item.state === 'failed' && (
        <>
          <ScreenHeading>{t('library.unavailable')}</ScreenHeading>
          <ApiErrorMessage error={item.error} onRetry={retry} />
        </>
      )}
      {item.state === 'ready' && (
        <>
          <p className="eyebrow">{t(`library.kind.${kind}`)}</p>
          <ScreenHeading>
            <LocalizedText value={itemTitle(kind, item.value)} fallback={t('library.untitled')} />
          </ScreenHeading>
          <div className="badges">
            <StatusBadge status={item.value.status} />
            <MarkingBadge marking={item.value.marking} />
            <ReviewBadge state={reviewState(item.value.reviewBy, today())} />
            <TranslationBadges translation={recordTranslation(item.value)} />
          </div>
          <ItemActions kind={kind} item={item.value} />
          <TranslationNotice kind={kind} item={item.value} />
          <BilingualSection
            title={kind === 'partner' ? t('fields.name') : t('fields.title')}
            value={itemTitle(kind, item.value)}
          />
          <ItemContent kind={kind} item={item.value} />
          <ItemSource source={item.value.source} />
          <ItemFacts kind={kind} item={item.value} />
          <ItemUses kind={kind} id={id} />
          <HistorySection kind={kind} item={item.value} />
        </>
      )}
    </article>
  )
}
