import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Settings } from '@shared/entities'
import { BriefDefaultsFields } from '@renderer/components/brief-defaults-fields'
import { SaveStatus } from './save-status'
import { useSaveSettings } from './use-save-settings'

interface Props {
  settings: Settings
  onSaved: (settings: Settings) => void
}

/** The marking and language a new brief starts with; each choice is saved as it is made. */
export function BriefDefaultsSetting({ settings, onSaved }: Props) {
  const { t } = useTranslation()
  const [marking, setMarking] = useState(settings.defaultMarking)
  const [language, setLanguage] = useState(settings.defaultBriefLanguage)
  const { saveState, save } = useSaveSettings(onSaved)
  return (
    <fieldset className="setting">
      <legend>{t('people.defaultsLegend')}</legend>
      <BriefDefaultsFields
        idPrefix="settings"
        marking={marking}
        language={language}
        onMarking={(next) => {
          setMarking(next)
          void save({ defaultMarking: next }).then((saved) => saved || setMarking(settings.defaultMarking))
        }}
        onLanguage={(next) => {
          setLanguage(next)
          void save({ defaultBriefLanguage: next }).then((saved) => saved || setLanguage(settings.defaultBriefLanguage))
        }}
      />
      <SaveStatus saveState={saveState} />
    </fieldset>
  )
}
