import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Settings } from '@shared/entities'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { BriefDefaultsSetting } from './brief-defaults-setting'
import { ComputerUnlockSetting } from './computer-unlock-setting'
import { DataFolderSetting } from './data-folder-setting'
import { IdleLockSetting } from './idle-lock-setting'
import { LanguageSetting } from './language-setting'
import { OldCopiesSetting } from './old-copies-setting'
import { PersonSetting } from './person-setting'
import { SigningSetting } from './signing-setting'
import { WatchedFoldersSetting } from '@renderer/features/watch'

interface Props {
  settings: Settings
  dataDir: string
  /** The folder is encrypted: only then does Dossier lock itself, and the idle time matter. */
  encrypted: boolean
  onSaved: (settings: Settings) => void
}

/** The user's preferences (who they are, what a new brief starts with, the idle time only for an encrypted folder), where the data lives, and removing the old copies kept there. */
export function SettingsScreen({ settings, dataDir, encrypted, onSaved }: Props) {
  const { t } = useTranslation()
  const [removals, setRemovals] = useState(0)
  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <LanguageSetting onSaved={onSaved} />
      <PersonSetting field="author" value={settings.author} onSaved={onSaved} />
      <PersonSetting field="office" value={settings.office} onSaved={onSaved} />
      <BriefDefaultsSetting settings={settings} onSaved={onSaved} />
      {encrypted && <IdleLockSetting minutes={settings.idleLockMinutes} onSaved={onSaved} />}
      {/* Drawn again after old copies are removed, so its list of backups is the folder's. */}
      <DataFolderSetting key={removals} dataDir={dataDir} />
      <ComputerUnlockSetting />
      <SigningSetting />
      <WatchedFoldersSetting />
      <OldCopiesSetting onRemoved={() => setRemovals((count) => count + 1)} />
    </>
  )
}
