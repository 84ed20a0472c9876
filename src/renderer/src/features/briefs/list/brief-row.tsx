import { useTranslation } from 'react-i18next'
import type { Brief } from '@shared/entities'
import type { BilingualText } from '@shared/languages'
import { IsoDate } from '@renderer/components/iso-date'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'

interface Props {
  brief: Brief
  partnerNames: ReadonlyMap<string, BilingualText>
}

/** One brief: its title and the meeting facts an officer scans for. */
export function BriefRow({ brief, partnerNames }: Props) {
  const { t } = useTranslation()
  const { meeting } = brief
  return (
    <li className="card" data-testid="brief-item">
      <h3 className="card-title">
        <LocalizedText value={brief.title} fallback={t('library.untitled')} />
      </h3>
      <dl className="facts">
        <div className="fact">
          <dt>{t('fields.meetingDate')}</dt>
          <dd>
            <IsoDate value={meeting.date} />
            {meeting.time !== '' && <> {meeting.time}</>}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('fields.place')}</dt>
          <dd>{meeting.place.trim() !== '' ? meeting.place : t('briefs.noPlace')}</dd>
        </div>
        <div className="fact">
          <dt>{t('fields.format')}</dt>
          <dd>{t(`meetingFormats.${meeting.format}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('fields.marking')}</dt>
          <dd>
            <MarkingBadge marking={brief.marking} />
          </dd>
        </div>
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
    </li>
  )
}
