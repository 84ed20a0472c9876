import { useCallback, useRef, useState } from 'react'
import type { FocusEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
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
import { NoticeLine } from '@renderer/components/notice-line'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { Brief, StageStep } from '@shared/entities'

const ignore = (): void => undefined

/** The step that approved the brief, while it is approved; null otherwise. */
function approvedStep(brief: Brief): StageStep | null {
  if (brief.stage !== 'approved') return null
  return (
    brief.stageHistory?.findLast((step) => step.stage === 'approved') ?? {
      stage: 'approved',
      by: '',
      at: brief.updatedAt
    }
  )
}

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
  const language = useUiLanguage()
  const { value, status, flash, setFlash, announcement, flushAll } = useComposerCore(opened)
  const [exporting, setExporting] = useState(false)
  // The picker is a pane opened on demand (its button or Ctrl+K): the outline and the preview
  // have the window to themselves while the officer writes.
  const [pickerOpen, setPickerOpen] = useState(false)
  const flashRef = useRef<HTMLDivElement>(null)
  // Approved: read-only until reopened (the main process refuses any save meanwhile).
  const approval = approvedStep(opened.brief)
  const readOnly = approval !== null
  useUndoShortcuts(readOnly ? ignore : value.actions.undo, readOnly ? ignore : value.actions.redo)
  // The same functions from one render to the next, so the picker (memo) is not drawn again when
  // only the save status changed: it holds up to a few hundred cards.
  const openPicker = useCallback(() => setPickerOpen(!readOnly), [readOnly])
  const closePicker = useCallback(() => setPickerOpen(false), [])

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
            readOnly={readOnly}
            flushAll={flushAll}
            onStageChanged={onReload}
            pickerOpen={pickerOpen && !readOnly}
            onBack={back}
            onTogglePicker={() => setPickerOpen((was) => !was)}
            onExport={startExport}
          />
          {status === 'conflict' && <ConflictAlert onReload={onReload} />}
          <FlashMessage flash={flash} onDismiss={() => setFlash(null)} ref={flashRef} />
          <MarkingNotice />
          {approval && (
            <div role="status">
              <NoticeLine
                testId="approved-notice"
                summary={t('composer.stage.approvedNotice', {
                  by: approval.by.trim() || t('composer.stage.someone'),
                  when: momentText(approval.at, language)
                })}
              />
            </div>
          )}
          <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {announcement}
          </div>
          <div className="composer-readonly" inert={readOnly}>
            <DetailsPanel initiallyOpen={isCopy === true} />
          </div>
          <div className={pickerOpen && !readOnly ? 'composer-columns picker-open' : 'composer-columns'}>
            <LibraryPicker open={pickerOpen && !readOnly} onOpen={openPicker} onClose={closePicker} />
            <div className="composer-outline-column composer-pane" inert={readOnly}>
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
