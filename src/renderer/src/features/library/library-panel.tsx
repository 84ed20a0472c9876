import { useTranslation } from 'react-i18next'
import type { LibraryKind } from '@shared/entities'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { LibraryList } from './library-list'

/** One kind of library item: loads the list and shows it, or says why it cannot. */
export function LibraryPanel({ kind }: { kind: LibraryKind }) {
  const [items, reload] = useApiQuery(() => api['library.list']({ kind }))
  const { t } = useTranslation()
  switch (items.state) {
    case 'loading':
      return <LoadingMessage />
    case 'failed':
      return <ApiErrorMessage error={items.error} onRetry={reload} />
    case 'ready':
      return items.value.length === 0 ? (
        <p className="empty-state">{t('library.empty')}</p>
      ) : (
        <LibraryList kind={kind} items={items.value} />
      )
  }
}
