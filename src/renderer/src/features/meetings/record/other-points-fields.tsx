import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { MeetingRecord, OtherPoint } from '@shared/records'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import type { RecordFieldsProps } from './record-fields'
import { newRowId } from './record-fields'

interface Props extends RecordFieldsProps {
  /** Saves what is typed, so the app drafts from the point as the user sees it. */
  flush: () => Promise<void>
  /** A point became a draft irritant: the record as the app stored it. */
  onDrafted: (record: MeetingRecord, pointId: string) => void
  /** The point just drafted: its note takes focus, where its button was. */
  draftedPoint: string | null
}

const newPoint = (): OtherPoint => ({ id: newRowId('point'), text: { en: '', fr: '' }, draftItemId: null })

/**
 * Points the counterpart raised that the brief did not carry. One the library has no line for
 * becomes a draft irritant for review, linked to the record, so the next brief can answer it.
 */
export function OtherPointsFields({ record, change, problems, flush, onDrafted, draftedPoint }: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const label = (index: number) => t('meetings.record.otherPointLabel', { number: index + 1 })
  const draft = async (pointId: string) => {
    setBusy(true)
    await flush()
    const result = await api['records.draftFromPoint']({ recordId: record.id, pointId })
    setBusy(false)
    if (result.ok) onDrafted(result.value.record, pointId)
    else setError(result.error)
  }
  const notes = useRef(new Map<string, HTMLElement>())
  useEffect(() => {
    if (draftedPoint !== null) notes.current.get(draftedPoint)?.focus()
  }, [draftedPoint])
  return (
    <section className="form-section" aria-labelledby="record-other-points">
      <h2 id="record-other-points">{t('meetings.record.otherPoints')}</h2>
      {error && <ApiErrorMessage error={error} />}
      <ListEditor
        path="otherPoints"
        legend={t('meetings.record.otherPointsHint')}
        items={record.otherPoints}
        onChange={(otherPoints) => change((current) => ({ ...current, otherPoints }))}
        create={newPoint}
        entryLabel={label}
        addLabel={t('meetings.record.addOtherPoint')}
        removeLabel={(index) => t('meetings.record.removeNamed', { name: label(index) })}
        emptyText={t('meetings.record.noOtherPoints')}
        problems={problems}
        renderEntry={(point, index, update) => (
          <div data-testid="other-point">
            <BilingualInput
              path={`otherPoints.${index}.text`}
              label={t('meetings.record.whatWasRaised')}
              value={point.text}
              onChange={(text) => update({ ...point, text })}
              problems={problems}
              multiline
            />
            {point.draftItemId ? (
              <p
                className="hint"
                tabIndex={-1}
                ref={(element) => {
                  if (element) notes.current.set(point.id, element)
                  else notes.current.delete(point.id)
                }}
              >
                {t('meetings.record.drafted')}
              </p>
            ) : (
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={busy || (point.text.en.trim() === '' && point.text.fr.trim() === '')}
                onClick={() => void draft(point.id)}
              >
                {t('meetings.record.makeDraft')}
                <span className="visually-hidden">: {label(index)}</span>
              </button>
            )}
          </div>
        )}
      />
    </section>
  )
}
