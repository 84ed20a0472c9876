import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { BackButton } from '@renderer/components/back-button'
import { LoadingMessage } from '@renderer/components/loading-message'
import { RecordForm } from './record-form'

/**
 * One record of discussion, loaded, then edited. An action the app carries out on the stored
 * record (a point made a draft irritant) answers with the record as stored, and the form starts
 * again from it, in place: no loading screen between, so the page keeps its place.
 */
export function RecordEditor({ id, onBack, onReady }: { id: string; onBack: () => void; onReady: () => void }) {
  const { t } = useTranslation()
  const [record, reload, replace] = useApiQuery(() => api['records.get']({ id }))
  // The point just made a draft: the new form puts focus on what it says, where the button was.
  const [drafted, setDrafted] = useState<string | null>(null)
  if (record.state === 'ready') {
    return (
      <RecordForm
        key={record.value.updatedAt}
        initial={record.value}
        onBack={onBack}
        onDrafted={(next, pointId) => {
          setDrafted(pointId)
          replace(next)
        }}
        draftedPoint={drafted}
        onReady={onReady}
      />
    )
  }
  return (
    <>
      <BackButton onClick={onBack}>{t('meetings.back')}</BackButton>
      {record.state === 'loading' ? <LoadingMessage /> : <ApiErrorMessage error={record.error} onRetry={reload} />}
    </>
  )
}
