import { useTranslation } from '@renderer/i18n/translation'
import type { Partner } from '@shared/entities'
import { LocalizedText } from '@renderer/components/localized-text'
import { BilingualSection } from './bilingual-view'
import { LinkedItems } from './linked-items'
import { PartnerFigures } from './partner-figures'
import { PartnerLinks } from './partner-link'
import { PartnerMeetings } from './partner-meetings'

const hasText = (value: { en: string; fr: string }) => value.en.trim() !== '' || value.fr.trim() !== ''

/** A partner's profile: summary, relationship, key facts, people, programmes, and what the library holds on it. */
export function PartnerProfile({ partner }: { partner: Partner }) {
  const { t } = useTranslation()
  return (
    <>
      <BilingualSection title={t('fields.summary')} value={partner.summary} rich />
      {hasText(partner.relationship) && (
        <BilingualSection title={t('fields.relationship')} value={partner.relationship} rich />
      )}
      {partner.keyFacts.length > 0 && (
        <section className="detail-section">
          <h2>{t('fields.keyFacts')}</h2>
          <dl className="key-facts">
            {partner.keyFacts.map((fact, index) => (
              <div key={index} className="key-fact">
                <dt>
                  <LocalizedText value={fact.label} />
                </dt>
                <dd>
                  <LocalizedText value={fact.value} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {partner.people.length > 0 && (
        <section className="detail-section">
          <h2>{t('fields.people')}</h2>
          <ul className="people-list">
            {partner.people.map((person) => (
              <li key={person.id} className="person">
                <h3 className="person-name">{person.name.trim() || <em>{t('form.nameToBeConfirmed')}</em>}</h3>
                <p className="person-role">
                  <LocalizedText value={person.title} />
                  {hasText(person.title) && hasText(person.organization) && ', '}
                  <LocalizedText value={person.organization} />
                </p>
                {hasText(person.bio) && <LocalizedText value={person.bio} rich className="prose" />}
              </li>
            ))}
          </ul>
        </section>
      )}
      <PartnerFigures figures={partner.figures} />
      {partner.programmes.length > 0 && (
        <section className="detail-section">
          <h2>{t('fields.programmes')}</h2>
          <ul>
            {partner.programmes.map((programme, index) => (
              <li key={index}>
                <LocalizedText value={programme} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {(partner.tags.length > 0 || partner.relatedPartnerIds.length > 0) && (
        <section className="detail-section">
          <h2>{t('library.connections')}</h2>
          <dl className="facts">
            <div className="fact fact-wide">
              <dt>{t('fields.relatedPartners')}</dt>
              <dd>
                <PartnerLinks ids={partner.relatedPartnerIds} />
              </dd>
            </div>
            <div className="fact fact-wide">
              <dt>{t('fields.tags')}</dt>
              <dd>
                {partner.tags.length === 0 ? (
                  t('library.none')
                ) : (
                  <ul className="tag-list">
                    {partner.tags.map((tag) => (
                      <li key={tag} className="tag">
                        {tag}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        </section>
      )}
      <PartnerMeetings partnerId={partner.id} />
      <LinkedItems partnerId={partner.id} />
    </>
  )
}
