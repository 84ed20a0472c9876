import { useState } from 'react'
import type { Ref } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { LocalizedText } from '@renderer/components/localized-text'
import type { Language } from '@shared/languages'
import { stampText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { errorMessage } from '@renderer/i18n/messages'
import type { Outcome } from './exchange-nav'
import { baseName } from './paths'
import { totalOf } from './send/bundle-filter'
import { ExportedMarking } from './send/exported-marking'

/** Saved drafts listed by name; past this many, the rest are counted. */
const LISTED_DRAFTS = 12

interface Props {
  outcome: Outcome | null
  onDismiss: () => void
  ref: Ref<HTMLDivElement>
}

function Exported({ outcome }: { outcome: Extract<Outcome, { type: 'exported' }> }) {
  const { t } = useTranslation()
  const [problem, setProblem] = useState<ApiError | null>(null)
  const show = async () => {
    const result = await api['files.showInFolder']({ fileId: outcome.bundle.fileId })
    setProblem(result.ok ? null : result.error)
  }
  return (
    <>
      <p className="outcome-title">{t('exchange.outcome.exportedTitle')}</p>
      <p>
        {t('exchange.outcome.savedTo')} <code className="exchange-path">{outcome.bundle.path}</code>{' '}
        {t('exchange.outcome.itemCount', { count: totalOf(outcome.bundle.counts) })}
      </p>
      <ExportedMarking bundle={outcome.bundle} />
      <div className="outcome-actions">
        <button type="button" className="button button-secondary" onClick={() => void show()}>
          {t('exchange.outcome.showInFolder')}
        </button>
      </div>
      {problem && <p className="field-error">{errorMessage(t, problem)}</p>}
    </>
  )
}

/** When a backup was made, read from its name (2026-11-26T06-50-01-123Z-before-import). */
function backupTime(backup: string, language: Language): string {
  const stamp = /\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z/.exec(baseName(backup))?.[0]
  return stamp ? stampText(stamp, language) : baseName(backup)
}

function Imported({ outcome }: { outcome: Extract<Outcome, { type: 'imported' }> }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { result } = outcome
  return (
    <>
      <p className="outcome-title">{t('exchange.outcome.importedTitle', { file: outcome.fileName })}</p>
      <ul className="outcome-counts">
        <li>{t('exchange.outcome.added', { count: result.added })}</li>
        <li>{t('exchange.outcome.updated', { count: result.updated })}</li>
        <li>{t('exchange.outcome.kept', { count: result.kept })}</li>
        {result.briefsUpdated > 0 && <li>{t('exchange.outcome.briefsUpdated', { count: result.briefsUpdated })}</li>}
      </ul>
      {result.briefProblem && (
        <p className="alert error" role="alert">
          {t('exchange.outcome.briefProblem')} <span lang="en-CA">{result.briefProblem}</span>
        </p>
      )}
      {result.backup ? (
        <p>
          {t('exchange.outcome.backup', { when: backupTime(result.backup, language) })}{' '}
          <code className="exchange-path">{baseName(result.backup)}</code>
        </p>
      ) : (
        <p>{t('exchange.outcome.noBackup')}</p>
      )}
    </>
  )
}

function Drafts({ outcome }: { outcome: Extract<Outcome, { type: 'drafts' }> }) {
  const { t } = useTranslation()
  const listed = outcome.items.slice(0, LISTED_DRAFTS)
  const more = outcome.items.length - listed.length
  return (
    <>
      <p className="outcome-title">{t('exchange.outcome.draftsTitle', { count: outcome.items.length })}</p>
      <ul className="outcome-drafts">
        {listed.map((item) => (
          <li key={item.id}>
            {/* Drafts from Word are never partners, so each has a title. */}
            <LocalizedText value={itemTitle('keyMessage', item)} />
          </li>
        ))}
        {more > 0 && <li>{t('exchange.outcome.moreDrafts', { count: more })}</li>}
      </ul>
      <p>{t('exchange.outcome.findDrafts')}</p>
    </>
  )
}

/**
 * What the last task did: where the file went, what the import changed and where the backup
 * is, or which drafts were made. The status region stays in the page so each new outcome is
 * announced; the outcome itself takes focus so its buttons come next.
 */
export function OutcomePanel({ outcome, onDismiss, ref }: Props) {
  const { t } = useTranslation()
  return (
    <div className="outcome-region" role="status">
      {outcome && (
        <div className="outcome" tabIndex={-1} ref={ref} data-testid={`outcome-${outcome.type}`}>
          {outcome.type === 'exported' && <Exported outcome={outcome} />}
          {outcome.type === 'imported' && <Imported outcome={outcome} />}
          {outcome.type === 'drafts' && <Drafts outcome={outcome} />}
          <button type="button" className="button button-secondary button-small" onClick={onDismiss}>
            {t('exchange.outcome.dismiss')}
          </button>
        </div>
      )}
    </div>
  )
}
