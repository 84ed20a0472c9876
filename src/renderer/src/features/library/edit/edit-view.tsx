import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { itemTitle } from '@shared/entities'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { LocalizedText } from '@renderer/components/localized-text'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { getItem } from '../library-api'
import { useClaimFocus, useLibraryNav } from '../library-nav'
import { draftFromItem, newDraft } from './drafts'
import { ItemForm } from './item-form'
import type { KindDraft } from './use-item-form'

interface Props {
  kind: LibraryKind
  /** null for a new item. */
  id: string | null
  /** Partners a new item starts linked to (a key message created from a partner's profile). */
  partnerIds?: string[]
}

/** The form to create an item or change one, with its heading; leaves for the item once saved. */
export function EditView({ kind, id, partnerIds }: Props) {
  const { t } = useTranslation()
  const nav = useLibraryNav()
  // Reading the item again after a conflict remounts the form on the newer version.
  const [attempt, setAttempt] = useState(0)
  useClaimFocus(id === null)

  const saved = (item: LibraryItem) => {
    nav.changed()
    nav.go({ view: 'detail', kind, id: item.id }, { text: t('form.saved', { version: item.version }) })
  }
  const cancel = () => nav.go(id === null ? { view: 'browse' } : { view: 'detail', kind, id })

  if (id === null) {
    return (
      <>
        <ScreenHeading>{t(`form.newTitle.${kind}`)}</ScreenHeading>
        <ItemForm
          initial={{ kind, draft: newDraft(kind, partnerIds) } as KindDraft}
          expectedVersion={undefined}
          onSaved={saved}
          onCancel={cancel}
          onReload={cancel}
        />
      </>
    )
  }
  return (
    <EditExisting
      key={attempt}
      kind={kind}
      id={id}
      onSaved={saved}
      onCancel={cancel}
      onReload={() => setAttempt((n) => n + 1)}
    />
  )
}

interface ExistingProps {
  kind: LibraryKind
  id: string
  onSaved: (item: LibraryItem) => void
  onCancel: () => void
  onReload: () => void
}

function EditExisting({ kind, id, onSaved, onCancel, onReload }: ExistingProps) {
  const { t } = useTranslation()
  const [item, retry] = useApiQuery(() => getItem(kind, id))
  useClaimFocus(item.state !== 'loading')
  return (
    <>
      <ScreenHeading>
        {t(`form.editTitle.${kind}`)}
        {item.state === 'ready' && (
          <span className="heading-subject">
            <LocalizedText value={itemTitle(kind, item.value)} fallback={t('library.untitled')} />
          </span>
        )}
      </ScreenHeading>
      {item.state === 'loading' && <LoadingMessage />}
      {item.state === 'failed' && <ApiErrorMessage error={item.error} onRetry={retry} />}
      {item.state === 'ready' && (
        <ItemForm
          initial={{ kind, draft: draftFromItem(kind, item.value) } as KindDraft}
          expectedVersion={item.value.version}
          onSaved={onSaved}
          onCancel={onCancel}
          onReload={onReload}
        />
      )}
    </>
  )
}
