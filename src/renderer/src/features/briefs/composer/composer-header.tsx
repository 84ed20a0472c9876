import { useTranslation } from '@renderer/i18n/translation'
import { LocalizedText } from '@renderer/components/localized-text'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { SEARCH_SHORTCUT_LABEL } from '@renderer/features/library'
import type { SaveStatus } from '../autosave/autosave-scheduler'
import { SaveIndicator } from '@renderer/components/save-indicator'
import { ChecksPanel } from '../checks/checks-panel'
import { BriefSettings } from './brief-settings'
import { useBrief, useComposer, useComposerState } from './composer-context'
import { BackButton } from '@renderer/components/back-button'
import { RecordMeetingButton } from './record-meeting-button'
import { StageControl } from './stage-control'

// Apple keyboards have Command where others have Control; the hints name the key the user has.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z'
const REDO_KEYS = isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z'

interface Props {
  status: SaveStatus
  /** An approved brief: its settings, undo and the picker are off until it is reopened. */
  readOnly: boolean
  flushAll: () => Promise<SaveStatus>
  onStageChanged: () => void
  pickerOpen: boolean
  onBack: () => void
  onTogglePicker: () => void
  onExport: () => void
}

/**
 * Back and the brief's title on one line; under it one toolbar row: marking and language, the
 * save line, undo and redo, the checks, the library picker and Export.
 */
export function ComposerHeader({
  status,
  readOnly,
  flushAll,
  onStageChanged,
  pickerOpen,
  onBack,
  onTogglePicker,
  onExport
}: Props) {
  const { t } = useTranslation()
  const { actions } = useComposer()
  const brief = useBrief()
  const canUndo = useComposerState((state) => state.history.past.length > 0)
  const canRedo = useComposerState((state) => state.history.future.length > 0)
  return (
    <div className="composer-header">
      <div className="composer-title-row">
        <BackButton onClick={onBack}>{t('composer.back')}</BackButton>
        <ScreenHeading>
          <LocalizedText value={brief.title} fallback={t('composer.untitled')} />
        </ScreenHeading>
        <StageControl flushAll={flushAll} onChanged={onStageChanged} />
      </div>
      <div className="composer-toolbar">
        <fieldset className="toolbar-fieldset" disabled={readOnly}>
          <BriefSettings />
        </fieldset>
        <SaveIndicator status={status} />
        <div className="toolbar" role="group" aria-label={t('composer.historyLabel')}>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={actions.undo}
            disabled={readOnly || !canUndo}
            aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
            title={UNDO_KEYS}
          >
            {t('composer.undo')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={actions.redo}
            disabled={readOnly || !canRedo}
            aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
            title={REDO_KEYS}
          >
            {t('composer.redo')}
          </button>
        </div>
        <ChecksPanel />
        <div className="toolbar toolbar-end">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={pickerOpen}
            aria-controls="composer-picker"
            aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
            title={SEARCH_SHORTCUT_LABEL}
            disabled={readOnly}
            onClick={onTogglePicker}
          >
            {t('composer.picker.toggle')}
          </button>
          <RecordMeetingButton flushAll={flushAll} />
          <button type="button" className="button button-small" onClick={onExport}>
            {t('composer.export')}
          </button>
        </div>
      </div>
    </div>
  )
}
