import { useTranslation } from '@renderer/i18n/translation'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { CommitmentsTable } from './commitments-table'
import type { MeetingsGo } from './meetings-nav'
import { RecordList } from './record-list'

/** What was promised, across partners, and the records of discussion, newest meeting first. */
export function MeetingsHome({ go }: { go: MeetingsGo }) {
  const { t } = useTranslation()
  const [records, reload] = useApiQuery(() => api['records.list']({}))
  return (
    <>
      <ScreenHeading>{t('meetings.title')}</ScreenHeading>
      <p className="lead">{t('meetings.intro')}</p>
      {records.state === 'loading' && <LoadingMessage />}
      {records.state === 'failed' && <ApiErrorMessage error={records.error} onRetry={reload} />}
      {records.state === 'ready' && (
        <>
          <CommitmentsTable records={records.value} onChanged={reload} onOpen={(id) => go({ view: 'record', id })} />
          <RecordList records={records.value} onOpen={(id) => go({ view: 'record', id })} />
        </>
      )}
    </>
  )
}
