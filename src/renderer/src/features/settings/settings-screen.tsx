import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/entities'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { AuthorSetting } from './author-setting'
import { ComputerUnlockSetting } from './computer-unlock-setting'
import { LanguageSetting } from './language-setting'
import { OldCopiesSetting } from './old-copies-setting'
import { SigningSetting } from './signing-setting'

interface Props {
  settings: Settings
  dataDir: string
  onSaved: (settings: Settings) => void
}

/** The user's preferences, where the data lives, and removing the old copies kept there. */
export function SettingsScreen({ settings, dataDir, onSaved }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <LanguageSetting onSaved={onSaved} />
      <AuthorSetting author={settings.author} onSaved={onSaved} />
      <section className="setting" aria-labelledby="data-folder-heading">
        <h2 id="data-folder-heading" className="setting-heading">
          {t('settings.dataFolder.heading')}
        </h2>
        <p>{t('settings.dataFolder.text')}</p>
        <p className="path">
          <code>{dataDir}</code>
        </p>
      </section>
      <ComputerUnlockSetting />
      <SigningSetting />
      <OldCopiesSetting />
    </>
  )
}
