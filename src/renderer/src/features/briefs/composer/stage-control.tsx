import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { NEXT_STAGES, stageOf } from '@shared/brief-stages'
import type { BriefStage } from '@shared/entities'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { SaveStatus } from '../autosave/autosave-scheduler'
import { useBrief, useComposer } from './composer-context'

interface Props {
  /** Saves what is typed first: a stage is set on the brief as saved. */
  flushAll: () => Promise<SaveStatus>
  /** The brief changed in the main process: the composer opens it again. */
  onChanged: () => void
}

/**
 * Where the brief is in its approval, the move it can make next, and its history on demand:
 * each step with who made it and when.
 */
export function StageControl({ flushAll, onChanged }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const brief = useBrief()
  const { store } = useComposer()
  const stage = stageOf(brief)
  const steps = brief.stageHistory ?? []
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)

  const move = async (to: BriefStage) => {
    setBusy(true)
    setError(null)
    const saved = await flushAll()
    const result =
      saved === 'saved'
        ? // Set on the brief as this window last saved it: a save from another window since is a conflict.
          await api['briefs.setStage']({ id: brief.id, stage: to, expectedUpdatedAt: store.getState().saved.updatedAt })
        : { ok: false as const, error: { code: 'conflict' as const, message: t('composer.stage.notSaved') } }
    setBusy(false)
    if (result.ok) onChanged()
    else setError(result.error)
  }

  return (
    <div className="stage-control" data-testid="stage-control">
      <span className={`stage-badge stage-${stage}`}>{t(`composer.stage.${stage}`)}</span>
      {NEXT_STAGES[stage].map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'approved' ? 'button button-small' : 'button button-secondary button-small'}
          disabled={busy}
          onClick={() => void move(to)}
        >
          {t(stage === 'approved' ? 'composer.stage.reopen' : `composer.stage.to.${to}`)}
        </button>
      ))}
      {steps.length > 0 && (
        <details className="toolbar-popover stage-history">
          <summary className="link-button">{t('composer.stage.history')}</summary>
          <ol className="toolbar-popover-body stage-history-list">
            {steps.map((step, index) => (
              <li key={index}>
                {t(`composer.stage.step.${step.stage}`, {
                  by: step.by.trim() || t('composer.stage.someone'),
                  when: momentText(step.at, language)
                })}
              </li>
            ))}
          </ol>
        </details>
      )}
      {/* Refused for the checks: the words are about approving, not about an export. */}
      {error?.code === 'export-blocked' ? (
        <p className="alert alert-error" role="alert">
          {t('composer.stage.blocked')}
        </p>
      ) : (
        error && <ApiErrorMessage error={error} />
      )}
    </div>
  )
}
