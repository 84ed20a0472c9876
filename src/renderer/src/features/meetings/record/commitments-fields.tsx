import { useTranslation } from '@renderer/i18n/translation'
import { COMMITMENT_SIDES } from '@shared/records'
import type { Commitment } from '@shared/records'
import { today } from '@shared/dates'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { SelectField } from '@renderer/components/fields/select-field'
import { TextField } from '@renderer/components/fields/text-field'
import type { RecordFieldsProps } from './record-fields'
import { newRowId } from './record-fields'

const newCommitment = (): Commitment => ({
  id: newRowId('commitment'),
  text: { en: '', fr: '' },
  side: 'canada',
  owner: '',
  due: '',
  status: 'open',
  doneOn: ''
})

/** What was promised at the table: what, by which side and whom, by when, and whether it is done. */
export function CommitmentsFields({ record, change, problems }: RecordFieldsProps) {
  const { t } = useTranslation()
  const label = (index: number) => t('meetings.record.commitmentLabel', { number: index + 1 })
  return (
    <section className="form-section" aria-labelledby="record-commitments">
      <h2 id="record-commitments">{t('meetings.commitments.title')}</h2>
      <ListEditor
        path="commitments"
        legend={t('meetings.record.commitmentsLegend')}
        items={record.commitments}
        onChange={(commitments) => change((current) => ({ ...current, commitments }))}
        create={newCommitment}
        entryLabel={label}
        addLabel={t('meetings.record.addCommitment')}
        removeLabel={(index) => t('meetings.record.removeNamed', { name: label(index) })}
        emptyText={t('meetings.record.noCommitments')}
        problems={problems}
        renderEntry={(commitment, index, update) => (
          <div data-testid="commitment">
            <BilingualInput
              path={`commitments.${index}.text`}
              label={t('meetings.commitments.what')}
              value={commitment.text}
              onChange={(text) => update({ ...commitment, text })}
              problems={problems}
            />
            <div className="form-row">
              <SelectField
                path={`commitments.${index}.side`}
                label={t('meetings.record.side')}
                value={commitment.side}
                options={COMMITMENT_SIDES.map((side) => ({ value: side, label: t(`meetings.side.${side}`) }))}
                onChange={(side) => update({ ...commitment, side: side as Commitment['side'] })}
                problems={problems}
              />
              <TextField
                path={`commitments.${index}.owner`}
                label={t('meetings.record.owner')}
                value={commitment.owner}
                onChange={(owner) => update({ ...commitment, owner })}
                problems={problems}
                maxLength={500}
              />
              <TextField
                path={`commitments.${index}.due`}
                type="date"
                label={t('meetings.commitments.due')}
                value={commitment.due}
                onChange={(due) => update({ ...commitment, due })}
                problems={problems}
              />
            </div>
            <label className="checkbox-option">
              <input
                type="checkbox"
                checked={commitment.status === 'done'}
                onChange={(event) =>
                  update({
                    ...commitment,
                    ...(event.target.checked ? { status: 'done', doneOn: today() } : { status: 'open', doneOn: '' })
                  })
                }
              />
              {t('meetings.record.done')}
            </label>
          </div>
        )}
      />
    </section>
  )
}
