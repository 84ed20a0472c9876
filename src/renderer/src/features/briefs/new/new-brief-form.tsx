import { useEffect, useMemo, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefTemplateDefinition } from '@shared/brief-inputs'
import { today } from '@shared/dates'
import type { Brief } from '@shared/entities'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import type { FieldProblem } from '@renderer/lib/field-problems'
import { problemsFromServer, toProblemMap } from '@renderer/lib/field-problems'
import { MeetingFields } from '../details/meeting-fields'
import { ParticipantsFields } from '../details/participants-fields'
import { PartnerFields } from '../details/partner-fields'
import { TemplateChoice } from '../details/template-choice'
import type { BriefDefaults, BriefDraft } from './brief-draft'
import { emptyDraft, validateDraft } from './brief-draft'
import { ProblemSummary } from './problem-summary'
import { SettingsFields } from './settings-fields'

interface Props {
  templates: readonly BriefTemplateDefinition[]
  defaults: BriefDefaults
  onCancel: () => void
  onCreated: (brief: Brief) => void
}

/**
 * The template and the meeting details of a new brief. Checked against the contract before
 * it is sent; after a refused "Create", problems show next to their fields and update as the
 * officer fixes them.
 */
export function NewBriefForm({ templates, defaults, onCancel, onCreated }: Props) {
  const { t } = useTranslation()
  const first = templates[0] as BriefTemplateDefinition
  const [draft, setDraft] = useState<BriefDraft>(() => emptyDraft(first, defaults, today()))
  const [formatChosen, setFormatChosen] = useState(false)
  const [submitted, setSubmitted] = useState(false)
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([])
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const [focusSummary, setFocusSummary] = useState(0)

  const checked = useMemo(() => validateDraft(draft), [draft])
  const problems = submitted ? [...(checked.ok ? [] : checked.problems), ...serverProblems] : []
  const problemMap = toProblemMap(problems)
  const set = (patch: Partial<BriefDraft>) => {
    setDraft((now) => ({ ...now, ...patch }))
    setServerProblems([])
  }

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus()
  }, [focusSummary])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    setError(null)
    if (!checked.ok) return setFocusSummary((n) => n + 1)
    setBusy(true)
    const result = await api['briefs.create'](checked.input)
    setBusy(false)
    if (result.ok) return onCreated(result.value)
    if (result.error.code === 'invalid-input' && result.error.issues) {
      setServerProblems(problemsFromServer(result.error.issues))
      setFocusSummary((n) => n + 1)
    } else setError(result.error)
  }

  return (
    <form className="item-form new-brief-form" onSubmit={(event) => void submit(event)} noValidate>
      <ProblemSummary problems={problems} ref={summaryRef} />
      {error && <ApiErrorMessage error={error} />}
      <TemplateChoice
        templates={templates}
        value={draft.template}
        onChange={(template) =>
          set(
            formatChosen
              ? { template: template.id }
              : { template: template.id, meeting: { ...draft.meeting, format: template.format } }
          )
        }
      />
      <fieldset className="form-section">
        <legend className="form-section-title">{t('composer.new.meeting')}</legend>
        <MeetingFields
          value={draft}
          onChange={(patch) => {
            if (patch.meeting && patch.meeting.format !== draft.meeting.format) setFormatChosen(true)
            set(patch)
          }}
          problems={problemMap}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">{t('composer.new.people')}</legend>
        <PartnerFields
          partnerIds={draft.partnerIds}
          onChange={(partnerIds) => set({ partnerIds })}
          problems={problemMap}
        />
        <ParticipantsFields
          partnerIds={draft.partnerIds}
          participants={draft.participants}
          onChange={(participants) => set({ participants })}
          problems={problemMap}
        />
      </fieldset>
      <SettingsFields draft={draft} onChange={set} problems={problemMap} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('composer.new.creating') : t('composer.new.create')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('composer.cancel')}
        </button>
      </div>
    </form>
  )
}
