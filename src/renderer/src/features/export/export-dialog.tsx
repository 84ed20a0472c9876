import { useId, useMemo, useRef, useState } from 'react'
import type { JSX } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefCheck } from '@shared/brief-rules'
import { firstSentenceCounts } from '@shared/card-short-forms'
import type { BriefOpened } from '@shared/operations'
import { today } from '@shared/dates'
import type { BriefLanguage } from '@shared/languages'
import { languagesIn } from '@shared/languages'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { LocalizedText } from '@renderer/components/localized-text'
import { groupedChecks, lookupFrom } from './check-groups'
import { CheckList } from './check-list'
import { ExportOptionsFields } from './export-options'
import type { ExportOptions } from './export-options'
import { ExportOutcome } from './export-outcome'
import type { ExportRun } from './export-outcome'
import { loadExportSubject, packageLanguage } from './load-export-subject'
import type { ExportSubject } from './load-export-subject'
import { useModalDialog } from '@renderer/lib/use-modal-dialog'

/** What to export: one brief (starting in its own language) or a whole package. */
export type ExportTarget =
  { type: 'brief'; briefId: string; language: BriefLanguage } | { type: 'package'; packageId: string }

interface Props {
  target: ExportTarget
  onClose: () => void
  /** Closes the dialog and leads to an item of the brief a check names (the composer offers it). */
  onShowItem?: (check: BriefCheck) => void
}

/**
 * Exports a brief or a package to Word. Shows the checks first (what must be fixed stops the
 * export), asks where to save, shows progress, then where the file went. Render it only while
 * open: it opens as a modal on mount and gives focus back to its opener on unmount.
 */
export function ExportDialog({ target, onClose, onShowItem }: Props): JSX.Element {
  const { t } = useTranslation()
  const titleId = useId()
  const { dialogRef, initialFocusRef, onCancel, onKeyDown } = useModalDialog(onClose)
  const [subject, reload] = useApiQuery(() => loadExportSubject(target))
  const isPackage = target.type === 'package'

  return (
    <dialog
      ref={dialogRef}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={onCancel}
      onKeyDown={onKeyDown}
      data-testid="export-dialog"
    >
      <h2 id={titleId} className="dialog-title" ref={initialFocusRef} tabIndex={-1}>
        {t(isPackage ? 'exportDialog.titlePackage' : 'exportDialog.titleBrief')}
      </h2>
      {subject.state === 'loading' && <LoadingMessage />}
      {subject.state === 'failed' && <ApiErrorMessage error={subject.error} onRetry={reload} />}
      {subject.state === 'ready' && (
        <ExportForm target={target} subject={subject.value} onClose={onClose} onShowItem={onShowItem} />
      )}
      {subject.state !== 'ready' && (
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('exportDialog.close')}
          </button>
        </div>
      )}
    </dialog>
  )
}

function ExportForm({
  target,
  subject: loaded,
  onClose,
  onShowItem
}: {
  target: ExportTarget
  subject: ExportSubject
  onClose: () => void
  onShowItem: ((check: BriefCheck) => void) | undefined
}) {
  const { t } = useTranslation()
  const mustFixId = useId()
  const [options, setOptions] = useState<ExportOptions>(() => ({
    language: target.type === 'brief' ? target.language : packageLanguage(loaded.briefs),
    tableOfContents: true,
    annexes: true,
    format: 'docx',
    document: 'brief'
  }))
  const [run, setRun] = useState<ExportRun>({ state: 'idle' })
  // Read again when the export refuses what the checks let through (the brief changed meanwhile).
  const [subject, setSubject] = useState(loaded)
  // A run that ends after the user changed an option is still reported; one from a closed dialog is not.
  const runId = useRef(0)

  const groups = useMemo(
    () => groupedChecks(subject.briefs, options.language, today(), subject.pkg),
    [subject, options.language]
  )
  const empty = subject.pkg !== null && subject.briefs.length === 0
  const blocked = groups.mustFix.length > 0 || empty
  const running = run.state === 'running'

  const exportNow = async () => {
    if (blocked || running) return
    const id = ++runId.current
    setRun({ state: 'running', briefCount: subject.briefs.length, isPackage: subject.pkg !== null })
    const request = { language: options.language, tableOfContents: options.tableOfContents, annexes: options.annexes }
    // The main process asks where to save (its own dialog, with the name it suggests) and writes there.
    const result =
      target.type === 'brief'
        ? options.document === 'card'
          ? await api['export.card']({ briefId: target.briefId, language: options.language })
          : await api['export.brief']({ briefId: target.briefId, ...request })
        : await api['export.package']({ packageId: target.packageId, format: options.format, ...request })
    if (id !== runId.current) return
    if (!result.ok) setRun({ state: 'failed', error: result.error })
    // Cancelled in the save dialog: nothing happens, and nothing is said.
    else setRun(result.value === null ? { state: 'idle' } : { state: 'saved', file: result.value })
    if (!result.ok && result.error.code === 'export-blocked') {
      // The checks list the problems in the user's words once they see the brief as it is now.
      const fresh = await loadExportSubject(target)
      if (fresh.ok && id === runId.current) setSubject(fresh.value)
    }
  }

  const changeOptions = (next: ExportOptions) => {
    setOptions(next)
    if (run.state !== 'running') setRun({ state: 'idle' })
  }

  return (
    <>
      <p className="export-subject">
        {subject.pkg ? (
          <>
            <LocalizedText value={subject.pkg.name} fallback={t('exportDialog.untitled')} />{' '}
            <span className="export-subject-count">
              ({t('exportDialog.briefCount', { count: subject.briefs.length })})
            </span>
          </>
        ) : (
          subject.briefs[0] && (
            <LocalizedText value={subject.briefs[0].brief.title} fallback={t('exportDialog.untitled')} />
          )
        )}
      </p>
      <ExportOptionsFields
        options={options}
        onChange={changeOptions}
        isPackage={subject.pkg !== null}
        disabled={running}
      />
      <section className="export-checks" aria-labelledby={`${mustFixId}-checks`}>
        <h3 id={`${mustFixId}-checks`} className="export-checks-title">
          {t('exportDialog.checks.title')}
        </h3>
        {empty ? (
          <p id={mustFixId} className="check-group check-group-blocking">
            {t('exportDialog.checks.noBriefs')}
          </p>
        ) : (
          <CheckList
            groups={groups}
            showBrief={subject.pkg !== null}
            mustFixId={mustFixId}
            onShowItem={onShowItem && ((entry) => onShowItem(entry.check))}
          />
        )}
      </section>
      {options.document === 'card' && subject.briefs[0] && (
        <CardFallbackNote opened={subject.briefs[0]} language={options.language} />
      )}
      <ExportOutcome run={run} />
      {blocked && (
        <p id={`${mustFixId}-reason`} className="export-blocked-reason">
          {empty ? t('exportDialog.blockedEmpty') : t('exportDialog.blockedReason', { count: groups.mustFix.length })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('exportDialog.close')}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={blocked || running}
          aria-describedby={blocked ? `${mustFixId}-reason` : undefined}
          onClick={() => void exportNow()}
          data-testid="export-confirm"
        >
          {t('exportDialog.export')}
        </button>
      </div>
    </>
  )
}

/** Says how many key messages and lines the card prints as their first sentence, having no short form. */
function CardFallbackNote({ opened, language }: { opened: BriefOpened; language: BriefLanguage }) {
  const { t } = useTranslation()
  const counts = useMemo(
    () => firstSentenceCounts(opened.brief, lookupFrom(opened.library), languagesIn(language)),
    [opened, language]
  )
  if (counts.keyMessages + counts.lines === 0) return null
  return (
    <p className="hint" data-testid="card-first-sentences">
      {t('exportDialog.cardFirstSentences', {
        messages: t('exportDialog.cardMessages', { count: counts.keyMessages }),
        lines: t('exportDialog.cardLines', { count: counts.lines })
      })}
    </p>
  )
}
