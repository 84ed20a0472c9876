import { useTranslation } from '@renderer/i18n/translation'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { BackButton } from '@renderer/components/back-button'
import { LoadingMessage } from '@renderer/components/loading-message'
import { RecordForm } from './record-form'

/**
 * One record of discussion, loaded, then edited. An action the app carries out on the stored
 * record (a point made a draft irritant) reloads it, and the form starts again from the answer.
 */
export function RecordEditor({ id, onBack, onReady }: { id: string; onBack: () => void; onReady: () => void }) {
  const { t } = useTranslation()
  const [record, reload] = useApiQuery(() => api['records.get']({ id }))
  if (record.state === 'ready') {
    return (
      <RecordForm
        key={record.value.updatedAt}
        initial={record.value}
        onBack={onBack}
        onReload={reload}
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
