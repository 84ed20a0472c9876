import { useTranslation } from '@renderer/i18n/translation'
import type { ApprovalBlock } from '@shared/entities'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { TextField } from '@renderer/components/fields/text-field'
import type { ProblemMap } from '@renderer/lib/field-problems'

/** What a brief without a block starts from. */
export const BLANK_APPROVAL: ApprovalBlock = {
  preparedBy: { name: '', office: { en: '', fr: '' }, telephone: '' },
  consulted: { en: '', fr: '' },
  approvedBy: { name: '', title: { en: '', fr: '' }, date: '' },
  trackingNumber: ''
}

interface Props {
  value: ApprovalBlock
  onChange: (value: ApprovalBlock) => void
  problems: ProblemMap
}

/** The approval block the Word file ends with: who prepared, consulted, approved, and its number. */
export function ApprovalFields({ value, onChange, problems }: Props) {
  const { t } = useTranslation()
  const preparedBy = (patch: Partial<ApprovalBlock['preparedBy']>) =>
    onChange({ ...value, preparedBy: { ...value.preparedBy, ...patch } })
  const approvedBy = (patch: Partial<ApprovalBlock['approvedBy']>) =>
    onChange({ ...value, approvedBy: { ...value.approvedBy, ...patch } })
  return (
    <fieldset className="form-field" data-testid="approval-fields">
      <legend>{t('composer.approval.legend')}</legend>
      <p className="hint">{t('composer.approval.hint')}</p>
      <div className="form-grid">
        <TextField
          path="approval.preparedBy.name"
          label={t('composer.approval.preparedBy')}
          value={value.preparedBy.name}
          onChange={(name) => preparedBy({ name })}
          problems={problems}
        />
        <TextField
          path="approval.preparedBy.telephone"
          type="tel"
          label={t('composer.approval.telephone')}
          value={value.preparedBy.telephone}
          onChange={(telephone) => preparedBy({ telephone })}
          problems={problems}
        />
      </div>
      <BilingualInput
        path="approval.preparedBy.office"
        label={t('composer.approval.office')}
        value={value.preparedBy.office}
        onChange={(office) => preparedBy({ office })}
        problems={problems}
      />
      <BilingualInput
        path="approval.consulted"
        label={t('composer.approval.consulted')}
        value={value.consulted}
        onChange={(consulted) => onChange({ ...value, consulted })}
        problems={problems}
      />
      <div className="form-grid">
        <TextField
          path="approval.approvedBy.name"
          label={t('composer.approval.approvedBy')}
          value={value.approvedBy.name}
          onChange={(name) => approvedBy({ name })}
          problems={problems}
        />
        <TextField
          path="approval.approvedBy.date"
          type="date"
          label={t('composer.approval.date')}
          value={value.approvedBy.date}
          onChange={(date) => approvedBy({ date })}
          problems={problems}
        />
      </div>
      <BilingualInput
        path="approval.approvedBy.title"
        label={t('composer.approval.approverTitle')}
        value={value.approvedBy.title}
        onChange={(title) => approvedBy({ title })}
        problems={problems}
      />
      <TextField
        path="approval.trackingNumber"
        label={t('composer.approval.trackingNumber')}
        value={value.trackingNumber}
        onChange={(trackingNumber) => onChange({ ...value, trackingNumber })}
        problems={problems}
      />
    </fieldset>
  )
}
