import { useTranslation } from './translation'
import type { Language } from '@shared/languages'
import { toLanguage } from './index'

/** The interface language; components re-render when it changes. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  return toLanguage(i18n.resolvedLanguage ?? i18n.language)
}
