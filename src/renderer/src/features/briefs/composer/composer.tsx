import { useRef, useState } from 'react'
import type { FocusEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BriefOpened } from '@shared/operations'
import { ExportDialog } from '@renderer/features/export'
import { FlashMessage } from '@renderer/components/flash-message'
import { goToCheck } from '../checks/go-to-check'
import { DetailsPanel } from '../details/details-panel'
import { OutlineView } from '../outline/outline-view'
import { LibraryPicker } from '../picker/library-picker'
import { BriefPreview } from '../preview/brief-preview'
import { ComposerContext } from './composer-context'
import { ComposerHeader } from './composer-header'
import { ConflictAlert } from './conflict-alert'
import { isTextField } from './focus'
import { MarkingNotice } from './marking-notice'
import { useComposerCore } from './use-composer-core'
import { useUndoShortcuts } from './use-undo-shortcuts'

interface Props {
  opened: BriefOpened
  onBack: () => void
  onReload: () => void
  /** Set when the brief was just copied: the meeting details open first, to be changed. */
  isCopy?: boolean
}

/** The composer: the library picker, the brief's outline with its checks, and a live preview. */
export function Composer({ opened, onBack, onReload, isCopy }: Props) {
  const { t } = useTranslation()
  const { value, status, flash, setFlash, announcement, flushAll } = useComposerCore(opened)
  const [exporting, setExporting] = useState(false)
  // The picker is a pane opened on demand (its button or Ctrl+K): the outline and the preview
  // have the window to themselves while the officer writes.
  const [pickerOpen, setPickerOpen] = useState(false)
  const flashRef = useRef<HTMLDivElement>(null)
  useUndoShortcuts(value.actions.undo, value.actions.redo)

  // Leaving a text field saves at once: the officer may close the laptop right after.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (isTextField(event.target)) void flushAll()
  }
  // The list reads the briefs from the store: leave once what was typed is saved (or its save has
  // failed and waits for a retry), or the list would show the brief as it was before the last edit.
  const back = () => {
    void flushAll().finally(onBack)
  }
  // The export reads the brief from the store, so what is typed is saved before it opens; if
  // it cannot be saved, exporting the older copy would silently drop the newest text.
  const startExport = () => {
    void flushAll().then((saved) => {
      if (saved === 'saved') setExporting(true)
      else setFlash({ text: t('composer.exportWaits', { status: t(`composer.save.${saved}`) }) })
    })
  }

  return (
    <ComposerContext.Provider value={value}>
      <>
        <div className="composer" onBlur={onBlur}>
          <ComposerHeader
            status={status}
            pickerOpen={pickerOpen}
            onBack={back}
            onTogglePicker={() => setPickerOpen((was) => !was)}
            onExport={startExport}
          />
          {status === 'conflict' && <ConflictAlert onReload={onReload} />}
          <FlashMessage flash={flash} onDismiss={() => setFlash(null)} ref={flashRef} />
          <MarkingNotice />
          <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {announcement}
          </div>
          <DetailsPanel initiallyOpen={isCopy === true} />
          <div className={pickerOpen ? 'composer-columns picker-open' : 'composer-columns'}>
            <LibraryPicker open={pickerOpen} onOpen={() => setPickerOpen(true)} onClose={() => setPickerOpen(false)} />
            <div className="composer-outline-column composer-pane">
              <OutlineView />
            </div>
            <BriefPreview />
          </div>
        </div>
        {exporting && (
          <ExportDialog
            target={{
              type: 'brief',
              briefId: opened.brief.id,
              language: value.store.getState().history.present.language
            }}
            onClose={() => setExporting(false)}
            onShowItem={(check) => {
              setExporting(false)
              goToCheck(check)
            }}
          />
        )}
      </>
    </ComposerContext.Provider>
  )
}
