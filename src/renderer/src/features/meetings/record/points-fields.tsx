import { useTranslation } from '@renderer/i18n/translation'
import { RAISED_STATES } from '@shared/records'
import type { Raised, RecordPoint } from '@shared/records'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { LocalizedText } from '@renderer/components/localized-text'
import type { RecordFieldsProps } from './record-fields'

/** Each key message and irritant the brief carried: raised or not, and what was said about it. */
export function PointsFields({ record, change, problems }: RecordFieldsProps) {
  const { t } = useTranslation()
  const update = (id: string, patch: Partial<RecordPoint>) =>
    change((current) => ({
      ...current,
      points: current.points.map((point) => (point.id === id ? { ...point, ...patch } : point))
    }))
  if (record.points.length === 0) return null
  return (
    <section className="form-section" aria-labelledby="record-points">
      <h2 id="record-points">{t('meetings.record.points')}</h2>
      {record.points.map((point, index) => (
        <fieldset key={point.id} className="form-field record-point" data-testid="record-point">
          <legend className="field-label">
            <span className="point-kind">{t(`meetings.pointKind.${point.kind}`)}</span>{' '}
            <LocalizedText value={point.title} />
          </legend>
          <div className="radio-row" role="radiogroup" aria-label={t('meetings.record.raisedLabel')}>
            {RAISED_STATES.map((state: Raised) => (
              <label key={state} className="radio-option">
                <input
                  type="radio"
                  name={`raised-${point.id}`}
                  value={state}
                  checked={point.raised === state}
                  onChange={() => update(point.id, { raised: state })}
                />
                {t(`meetings.raised.${state}`)}
              </label>
            ))}
          </div>
          {point.raised === 'raised' && (
            <BilingualInput
              path={`points.${index}.notes`}
              label={t('meetings.record.whatWasSaid')}
              value={point.notes}
              onChange={(notes) => update(point.id, { notes })}
              problems={problems}
              multiline
              formatted
            />
          )}
        </fieldset>
      ))}
    </section>
  )
}
