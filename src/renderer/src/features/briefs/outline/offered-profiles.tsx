import { useMemo } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefSection } from '@shared/entities'
import { pick } from '@shared/languages'
import { offeredProfiles } from '@shared/offered-profiles'
import { usePartnerRecords } from '@renderer/lib/use-partner-records'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { OutlineActions } from '../composer/outline-actions'
import { focusItem, outlineSectionId } from '../composer/focus'

interface Props {
  section: BriefSection
  partnerIds: readonly string[]
  actions: OutlineActions
}

/** In the Annexes: the brief's partners whose profile is not there yet, each with a button to add it. */
export function OfferedProfiles({ section, partnerIds, actions }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const records = usePartnerRecords(partnerIds)
  const offered = useMemo(
    () => offeredProfiles(section, partnerIds, (id) => records.get(id)),
    [section, partnerIds, records]
  )
  if (offered.length === 0) return null

  const hintId = `${outlineSectionId(section.id)}-profiles-hint`
  return (
    <div className="offered-profiles" role="group" aria-labelledby={hintId} data-testid="offered-profiles">
      <p className="hint" id={hintId}>
        {t('composer.section.offeredProfiles', { count: offered.length })}
      </p>
      <ul className="offered-profile-list">
        {offered.map((partner) => (
          <li key={partner.id}>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => focusItem(actions.addLibraryItem('partner', partner, section.id))}
            >
              {t('composer.section.addProfile', { partner: pick(partner.name, language) || partner.id })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
