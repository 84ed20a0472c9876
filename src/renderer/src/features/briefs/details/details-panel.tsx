import { useMemo, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Brief } from '@shared/entities'
import { briefSchema } from '@shared/entities'
import { checkDraft, toProblemMap } from '@renderer/lib/field-problems'
import { useBrief, useComposer } from '../composer/composer-context'
import { briefProblems } from '../new/brief-draft'
import { ApprovalFields, BLANK_APPROVAL } from './approval-fields'
import { MeetingFields } from './meeting-fields'
import type { MeetingValue } from './meeting-fields'
import { ParticipantsFields } from './participants-fields'
import { PartnerFields } from './partner-fields'
import { PlanFields, planOf } from './plan-fields'
import { withPlanPart } from './plan-inputs'

// What the panel's fields hold: validated on their own, not with every section of the brief
// (a 150-item brief parsed whole at every keystroke typed in the outline).
const detailsSchema = briefSchema.pick({
  title: true,
  objectives: true,
  meeting: true,
  partnerIds: true,
  participants: true,
  approval: true,
  runOfShow: true,
  logistics: true,
  agenda: true
})

/**
 * The meeting details and the approval block inside the composer, folded away until wanted; each
 * change is saved like any other.
 */
export function DetailsPanel({ initiallyOpen }: { initiallyOpen: boolean }) {
  const { t } = useTranslation()
  const { store } = useComposer()
  const [open, setOpen] = useState(initiallyOpen)
  const brief = useBrief()
  // What autosave would refuse, shown next to its field (an emptied date, a nameless participant).
  const { title, objectives, meeting, partnerIds, participants, approval, runOfShow, logistics, agenda } = brief
  const problems = useMemo(() => {
    const details = { title, objectives, meeting, partnerIds, participants, approval, runOfShow, logistics, agenda }
    const parsed = checkDraft(detailsSchema, details)
    return toProblemMap(parsed.success ? [] : briefProblems(parsed.error.issues))
  }, [title, objectives, meeting, partnerIds, participants, approval, runOfShow, logistics, agenda])
  // Typing in one field merges into one undo step; moving to another field starts a new one.
  const apply = (field: string, change: (brief: Brief) => Brief) => store.apply(change, `details:${field}`)
  const onMeeting = (patch: Partial<MeetingValue>) =>
    apply(Object.keys(patch).join(','), (current) => ({ ...current, ...patch }))

  return (
    <details
      className="details-panel"
      open={open || problems.size > 0}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="details-panel"
    >
      <summary className="details-summary">{t('composer.details.panel')}</summary>
      {/* Drawn only while open: the outline's edits should not draw these fields again. */}
      {(open || problems.size > 0) && (
        <div className="details-body">
          <MeetingFields value={brief} onChange={onMeeting} problems={problems} />
          <PartnerFields
            partnerIds={brief.partnerIds}
            onChange={(partnerIds) => apply('partners', (current) => ({ ...current, partnerIds }))}
            problems={problems}
          />
          <ParticipantsFields
            partnerIds={brief.partnerIds}
            participants={brief.participants}
            onChange={(participants) => apply('participants', (current) => ({ ...current, participants }))}
            problems={problems}
          />
          <PlanFields
            value={planOf(brief)}
            onChange={(block, value) => apply(block, (current) => withPlanPart(current, block, value))}
            problems={problems}
          />
          <ApprovalFields
            value={brief.approval ?? BLANK_APPROVAL}
            onChange={(approval) => apply('approval', (current) => ({ ...current, approval }))}
            problems={problems}
          />
        </div>
      )}
    </details>
  )
}
