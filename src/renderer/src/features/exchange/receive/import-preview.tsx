import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BundlePreview, ImportChoice } from '@shared/exchange-inputs'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { ExchangeGo } from '../exchange-nav'
import { FileProblems } from '../file-problems'
import { ApplyBar } from './apply-bar'
import { ConflictCard } from './conflict-card'
import { EntryList } from './entry-list'
import type { Choices } from './import-choices'
import { choicesToSend, entryKey, summarize } from './import-choices'
import type { Consent } from './import-consent'
import { consentMissing, consentToSend, downgradeEntries, NO_CONSENT, trustedSigner } from './import-consent'
import { DowngradeConfirmations } from './downgrade-confirmations'
import { SignerFacts } from './signer-facts'
import { TrustConsent } from './trust-consent'
import { BackButton } from '@renderer/components/back-button'

interface Props {
  preview: BundlePreview
  go: ExchangeGo
}

/**
 * What an exchange file would change, before anything is written: new items, updated ones,
 * conflicts side by side to settle one by one, and what is already here (folded away).
 */
export function ImportPreview({ preview, go }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [choices, setChoices] = useState<Choices>({})
  const [consent, setConsent] = useState<Consent>(NO_CONSENT)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const problemRef = useRef<HTMLDivElement>(null)
  const { fileName } = preview
  const summary = summarize(preview, choices)
  const byStatus = (status: BundlePreview['entries'][number]['status']) =>
    preview.entries.filter((entry) => entry.status === status)
  const conflicts = byStatus('conflict')
  const fresh = byStatus('new')
  const updated = byStatus('updated')
  const alreadyHere = [...byStatus('unchanged'), ...byStatus('local-newer')]
  const nothingIncoming = fresh.length + updated.length + conflicts.length === 0
  const downgrades = downgradeEntries(preview)
  const missing = consentMissing(preview, choices, consent)

  useEffect(() => {
    if (problem) problemRef.current?.focus()
  }, [problem])

  // Refused because the library moved on since the check (or the check expired): start again.
  const stale = problem !== null && (problem.code === 'conflict' || problem.code === 'not-found')
  const back = () => go({ view: 'home' })

  const apply = async () => {
    setProblem(null)
    setBusy(true)
    const result = await api['exchange.applyImport']({
      previewId: preview.previewId,
      choices: choicesToSend(preview, choices),
      ...consentToSend(preview, consent)
    })
    setBusy(false)
    if (!result.ok) return setProblem(result.error)
    go({ view: 'home' }, { type: 'imported', fileName, result: result.value })
  }

  // The library or the preview changed under us: read the file again and start over.
  const checkAgain = async () => {
    setBusy(true)
    const again = await api['exchange.previewBundle']({ again: preview.previewId })
    setBusy(false)
    if (!again.ok) return setProblem(again.error)
    if (again.value !== null) go({ view: 'preview', preview: again.value })
  }

  const choose = (key: string, choice: ImportChoice) => setChoices((current) => ({ ...current, [key]: choice }))
  const confirm = (key: string, confirmed: boolean) =>
    setConsent((current) => {
      const next = new Set(current.confirmed)
      if (confirmed) next.add(key)
      else next.delete(key)
      return { ...current, confirmed: next }
    })

  return (
    <div className="import-preview" data-testid="import-preview">
      <BackButton onClick={back}>{t('exchange.back')}</BackButton>
      <ScreenHeading>{t('exchange.preview.title')}</ScreenHeading>
      <p className="lead">{t('exchange.preview.nothingYet')}</p>
      <dl className="import-source" data-testid="import-source">
        <div>
          <dt>{t('exchange.preview.file')}</dt>
          <dd>{fileName}</dd>
        </div>
        <div>
          <dt>{t('exchange.preview.publisher')}</dt>
          <dd>{preview.publisher}</dd>
        </div>
        <div>
          <dt>{t('exchange.preview.created')}</dt>
          <dd>
            <time dateTime={preview.createdAt}>{momentText(preview.createdAt, language)}</time>
          </dd>
        </div>
        <SignerFacts preview={preview} />
      </dl>
      {!preview.history && <p className="hint">{t('signing.preview.noHistory')}</p>}

      {/* Before anything else: whether to take the file at all, then what it would lower. */}
      {!trustedSigner(preview) && !nothingIncoming && (
        <TrustConsent
          signer={preview.signer}
          accepted={consent.acceptedRisk}
          onChange={(acceptedRisk) => setConsent((current) => ({ ...current, acceptedRisk }))}
        />
      )}
      {downgrades.length > 0 && (
        <DowngradeConfirmations entries={downgrades} confirmed={consent.confirmed} onChange={confirm} />
      )}

      <ul className="import-counts" aria-label={t('exchange.preview.countsLabel')} data-testid="import-counts">
        <li>
          <strong>{preview.counts.new}</strong> {t('exchange.preview.counts.new', { count: preview.counts.new })}
        </li>
        <li>
          <strong>{preview.counts.updated}</strong>{' '}
          {t('exchange.preview.counts.updated', { count: preview.counts.updated })}
        </li>
        <li>
          <strong>{preview.counts.conflict}</strong>{' '}
          {t('exchange.preview.counts.conflict', { count: preview.counts.conflict })}
        </li>
        <li>
          <strong>{alreadyHere.length}</strong>{' '}
          {t('exchange.preview.counts.alreadyHere', { count: alreadyHere.length })}
        </li>
      </ul>

      {preview.warnings.length > 0 && (
        <section className="alert alert-warning" aria-labelledby="import-warnings-heading">
          <h2 id="import-warnings-heading" className="alert-title">
            {t('exchange.preview.warnings', { count: preview.warnings.length })}
          </h2>
          <ul className="problem-list">
            {preview.warnings.map((warning, index) => (
              <li key={index} lang="en-CA">
                <span className="problem-where">{warning.where}</span>: {warning.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {nothingIncoming && <p className="empty-state">{t('exchange.preview.nothingToImport')}</p>}

      {conflicts.length > 0 && (
        <section className="import-group" aria-labelledby="conflicts-heading" data-testid="conflicts">
          <h2 id="conflicts-heading">{t('exchange.preview.conflictsTitle', { count: conflicts.length })}</h2>
          <p>{t('exchange.preview.conflictsIntro')}</p>
          <p className="hint">{t('exchange.conflict.legend')}</p>
          {conflicts.map((entry) => (
            <ConflictCard
              key={entryKey(entry)}
              kind={entry.kind}
              mine={entry.mine!}
              theirs={entry.theirs}
              choice={choices[entryKey(entry)]}
              onChoose={(choice) => choose(entryKey(entry), choice)}
            />
          ))}
        </section>
      )}

      {fresh.length > 0 && (
        <section className="import-group" aria-labelledby="new-heading">
          <h2 id="new-heading">{t('exchange.preview.newTitle', { count: fresh.length })}</h2>
          <EntryList entries={fresh} testId="new-entries" />
        </section>
      )}

      {updated.length > 0 && (
        <section className="import-group" aria-labelledby="updated-heading">
          <h2 id="updated-heading">{t('exchange.preview.updatedTitle', { count: updated.length })}</h2>
          <p className="hint">{t('exchange.preview.updatedIntro')}</p>
          <EntryList entries={updated} testId="updated-entries" />
        </section>
      )}

      {alreadyHere.length > 0 && (
        <details className="import-group already-here">
          <summary>{t('exchange.preview.alreadyHereTitle', { count: alreadyHere.length })}</summary>
          <p className="hint">{t('exchange.preview.alreadyHereIntro')}</p>
          <EntryList entries={alreadyHere} testId="already-here" />
        </details>
      )}

      {problem && (
        <FileProblems
          ref={problemRef}
          title={t('exchange.preview.notApplied')}
          error={problem}
          message={
            stale
              ? t('exchange.preview.changedMeanwhile')
              : problem.code === 'invalid-input'
                ? t('exchange.preview.cannotApply')
                : undefined
          }
        >
          {stale && (
            <button type="button" className="button" disabled={busy} onClick={() => void checkAgain()}>
              {t('exchange.preview.checkAgain')}
            </button>
          )}
        </FileProblems>
      )}

      <ApplyBar
        summary={summary}
        waiting={missing && t(missing.key, missing.values)}
        nothingIncoming={nothingIncoming}
        busy={busy}
        onApply={() => void apply()}
        onCancel={back}
      />
    </div>
  )
}
