import { useTranslation } from '@renderer/i18n/translation'
import { pick } from '@shared/languages'
import { markingLabel } from '@shared/markings'
import type { ValueNames } from '@renderer/lib/version-fields'
import { usePartners } from '@renderer/lib/partners-context'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** The interface's names for coded values, so compared fields read as the user sees them. */
export function useValueNames(): ValueNames {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { nameOf } = usePartners()
  return {
    status: (status) => t(`statuses.${status}`),
    marking: (marking) => markingLabel(marking, language),
    topic: (topic) => t(`topics.${topic}`),
    partnerKind: (partnerKind) => t(`partnerKinds.${partnerKind}`),
    partner: (id, inLanguage) => {
      const name = nameOf(id)
      return name ? pick(name, inLanguage) : id
    },
    anyPartner: { en: t('form.anyPartner', { lng: 'en' }), fr: t('form.anyPartner', { lng: 'fr' }) }
  }
}
