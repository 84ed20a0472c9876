import { useTranslation } from 'react-i18next'
import { LocalizedText } from '@renderer/components/localized-text'
import { ScreenHeading } from '@renderer/components/screen-heading'
import type { SaveStatus } from '../autosave/autosave-scheduler'
import { SaveIndicator } from '../autosave/save-indicator'
import { BriefSettings } from './brief-settings'
import { useBrief, useComposer, useComposerState } from './composer-context'

// Apple keyboards have Command where others have Control; the hints name the key the user has.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z'
const REDO_KEYS = isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z'

interface Props {
  status: SaveStatus
  onBack: () => void
  onExport: () => void
}

/** Back, the brief's title, marking and language, the save line, undo and redo, and Export. */
export function ComposerHeader({ status, onBack, onExport }: Props) {
  const { t } = useTranslation()
  const { actions } = useComposer()
  const brief = useBrief()
  const canUndo = useComposerState((state) => state.history.past.length > 0)
  const canRedo = useComposerState((state) => state.history.future.length > 0)
  return (
    <div className="composer-header">
      <button type="button" className="back-button" onClick={onBack}>
        {t('composer.back')}
      </button>
      <div className="composer-title-row">
        <ScreenHeading>
          <LocalizedText value={brief.title} fallback={t('composer.untitled')} />
        </ScreenHeading>
        <SaveIndicator status={status} />
      </div>
      <div className="composer-toolbar">
        <BriefSettings />
        <div className="toolbar" role="group" aria-label={t('composer.historyLabel')}>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={actions.undo}
            disabled={!canUndo}
            aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
            title={UNDO_KEYS}
          >
            {t('composer.undo')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={actions.redo}
            disabled={!canRedo}
            aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
            title={REDO_KEYS}
          >
            {t('composer.redo')}
          </button>
          <button type="button" className="button button-small" onClick={onExport}>
            {t('composer.export')}
          </button>
        </div>
      </div>
    </div>
  )
}
