import type { Settings } from '@shared/entities'
import type { AppStatus } from '@shared/operations'
import { BriefsScreen } from '@renderer/features/briefs'
import { ExchangeScreen } from '@renderer/features/exchange'
import { LibraryScreen } from '@renderer/features/library'
import { MeetingsScreen } from '@renderer/features/meetings'
import { PackagesScreen } from '@renderer/features/packages'
import { SettingsScreen } from '@renderer/features/settings'
import type { Section } from './sections'

interface Props {
  section: Section
  status: AppStatus
  settings: Settings
  onSettingsSaved: (settings: Settings) => void
}

/** The screen for the current section. */
export function SectionScreen({ section, status, settings, onSettingsSaved }: Props) {
  switch (section) {
    case 'library':
      return <LibraryScreen />
    case 'briefs':
      return <BriefsScreen defaults={{ marking: settings.defaultMarking, language: settings.defaultBriefLanguage }} />
    case 'meetings':
      return <MeetingsScreen />
    case 'packages':
      return <PackagesScreen />
    case 'exchange':
      return <ExchangeScreen />
    case 'settings':
      return (
        <SettingsScreen
          settings={settings}
          dataDir={status.dataDir}
          encrypted={status.encrypted}
          onSaved={onSettingsSaved}
        />
      )
  }
}
