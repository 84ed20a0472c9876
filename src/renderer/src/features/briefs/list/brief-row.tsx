import { useTranslation } from '@renderer/i18n/translation'
import { stageOf } from '@shared/brief-stages'
import type { BriefListing } from '@shared/operations'
import { pick } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { DateText } from '@renderer/components/date-text'
import { timeText } from '@renderer/i18n/format-date'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { Fact } from '@renderer/components/fact'

interface Props {
  brief: BriefListing
  partnerNames: ReadonlyMap<string, BilingualText>
  onOpen: () => void
  onDuplicate: () => void
  onDelete: () => void
  busy: boolean
}

/**
 * One brief: its title (which opens it), the meeting facts an officer scans for, where it is in
 * its approval, and its actions.
 */
export function BriefRow({ brief, partnerNames, onOpen, onDuplicate, onDelete, busy }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { meeting } = brief
  const stage = stageOf(brief)
  const title = pick(brief.title, language)
  return (
    <li className="card" data-testid="brief-item" data-brief-id={brief.id}>
      <h3 className="card-title">
        <button type="button" className="link-button brief-open" data-brief-open={brief.id} onClick={onOpen}>
          <LocalizedText value={brief.title} fallback={t('library.untitled')} />
        </button>
      </h3>
      <dl className="facts">
        <Fact label={t('fields.meetingDate')}>
          <DateText value={meeting.date} />
          {meeting.time !== '' && <> {timeText(meeting.time, language)}</>}
        </Fact>
        <Fact label={t('fields.place')}>
          <LocalizedText value={meeting.place} fallback={t('briefs.noPlace')} />
        </Fact>
        <Fact label={t('fields.format')}>{t(`meetingFormats.${meeting.format}`)}</Fact>
        <Fact label={t('fields.marking')}>
          <MarkingBadge marking={brief.marking} />
        </Fact>
        <Fact label={t('composer.stage.label')}>
          <span className={`stage-badge stage-${stage}`}>{t(`composer.stage.${stage}`)}</span>
        </Fact>
        <div className="fact fact-wide">
          <dt>{t('fields.partners')}</dt>
          <dd>
            {brief.partnerIds.length === 0 ? (
              t('briefs.noPartners')
            ) : (
              <ul className="tag-list">
                {brief.partnerIds.map((id) => {
                  const name = partnerNames.get(id)
                  return (
                    <li key={id} className="tag">
                      {name ? <LocalizedText value={name} /> : t('briefs.unknownPartner', { id })}
                    </li>
                  )
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <div className="card-actions">
        <button type="button" className="button button-secondary button-small" onClick={onDuplicate} disabled={busy}>
          {t('composer.list.duplicate')}
          <span className="visually-hidden"> {title}</span>
        </button>
        <button
          type="button"
          className="button button-danger-secondary button-small"
          onClick={onDelete}
          disabled={busy}
        >
          {t('composer.list.delete')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
    </li>
  )
}
