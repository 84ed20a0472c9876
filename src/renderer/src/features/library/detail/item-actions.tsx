import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { LibraryItem, LibraryKind, Status } from '@shared/entities'
import { pick } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'
import { errorMessage } from '@renderer/i18n/messages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { reinstateItem } from '../library-api'
import { useLibraryNav } from '../library-nav'
import { ActionProblem } from './action-problem'

interface Props {
  kind: LibraryKind
  item: LibraryItem
}

/** Edit, retire or restore, and delete (asked first, then undoable). */
export function ItemActions({ kind, item }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const nav = useLibraryNav()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ action: 'delete' | 'status'; error: ApiError } | null>(null)
  const title = pick(itemTitle(kind, item), language).trim() || t('library.untitled')

  const setStatus = async (status: Status) => {
    setProblem(null)
    setBusy(true)
    const result = await api['library.setStatus']({ kind, id: item.id, status, expectedVersion: item.version })
    setBusy(false)
    if (!result.ok) return setProblem({ action: 'status', error: result.error })
    nav.changed()
    nav.flash({ text: t(`library.statusChanged.${status}`, { title }) })
  }

  const undo = (deleted: LibraryItem) => async () => {
    const result = await reinstateItem(kind, deleted.id)
    if (!result.ok) return nav.flash({ text: errorMessage(t, result.error) })
    nav.changed()
    nav.flash({ text: t('library.reinstated', { title }) })
  }

  const remove = async () => {
    setBusy(true)
    const result = await api['library.delete']({ kind, id: item.id })
    setBusy(false)
    setConfirming(false)
    if (!result.ok) return setProblem({ action: 'delete', error: result.error })
    nav.changed()
    nav.go(
      { view: 'browse' },
      { text: t('library.deleted', { title }), undo: { label: t('library.undo'), run: undo(result.value) } }
    )
  }

  return (
    <div className="detail-actions">
      <div className="toolbar" role="group" aria-label={t('library.actions.label')}>
        <button type="button" className="button" onClick={() => nav.go({ view: 'edit', kind, id: item.id })}>
          {t('library.actions.edit')}
        </button>
        {item.status === 'retired' ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void setStatus('approved')}
            >
              {t('library.actions.restoreApproved')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void setStatus('draft')}
            >
              {t('library.actions.restoreDraft')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void setStatus('retired')}
          >
            {t('library.actions.retire')}
          </button>
        )}
        <button type="button" className="button button-danger-secondary" onClick={() => setConfirming(true)}>
          {t('library.actions.delete')}
        </button>
      </div>
      {problem && (
        <ActionProblem
          kind={kind}
          error={problem.error}
          action={problem.action}
          onRetire={item.status === 'retired' ? undefined : () => void setStatus('retired')}
          onReload={nav.changed}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('library.confirmDelete.title', { title })}
          message={t('library.confirmDelete.message')}
          confirmLabel={t('library.confirmDelete.confirm')}
          cancelLabel={t('library.confirmDelete.cancel')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
