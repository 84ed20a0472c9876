import { useTranslation } from '@renderer/i18n/translation'
import type { BriefListing } from '@shared/operations'
import { pick } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import { DateText } from '@renderer/components/date-text'
import { timeText } from '@renderer/i18n/format-date'
import { LocalizedText } from '@renderer/components/localized-text'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

interface Props {
  brief: BriefListing
  partnerNames: ReadonlyMap<string, BilingualText>
  titleId?: string
}

/** A brief's title, meeting date and partners: what an officer needs to recognise it. */
export function BriefSummary({ brief, partnerNames, titleId }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const partners = brief.partnerIds.map((id) => {
    const name = partnerNames.get(id)
    return name ? pick(name, language) : t('briefs.unknownPartner', { id })
  })
  return (
    <div className="brief-summary">
      <p className="brief-summary-title" id={titleId}>
        <LocalizedText value={brief.title} fallback={t('library.untitled')} />
      </p>
      <p className="brief-summary-meta">
        <DateText value={brief.meeting.date} />
        {brief.meeting.time !== '' && <> {timeText(brief.meeting.time, language)}</>}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        {partners.length === 0 ? t('briefs.noPartners') : partners.join(', ')}
      </p>
    </div>
  )
}

/** A brief's title as plain text in the interface language, for announcements and button names. */
export function briefTitle(brief: BriefListing | undefined, language: 'en' | 'fr', fallback: string): string {
  if (!brief) return fallback
  const title = pick(brief.title, language)
  return title.trim() === '' ? fallback : title
}
