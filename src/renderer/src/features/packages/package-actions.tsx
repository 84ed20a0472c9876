import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Package } from '@shared/entities'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'
import { ExportDialog } from '@renderer/features/export'
import type { Flash, PackagesGo } from './packages-nav'

interface Props {
  pkg: Package
  /** The package's name in the interface language, for messages. */
  name: string
  go: PackagesGo
  flash: (flash: Flash | null) => void
  changed: () => void
  /** Resolves when the package's pending saves are done, so the export sees the latest order. */
  settled: () => Promise<unknown>
}

/** Export… (opens the export dialog) and Delete (asks first, then offers Undo). */
export function PackageActions({ pkg, name, go, flash, changed, settled }: Props) {
  const { t } = useTranslation()
  const [exporting, setExporting] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const shownName = name.trim() === '' ? t('library.untitled') : name

  const remove = async () => {
    setBusy(true)
    const result = await api['packages.delete']({ id: pkg.id })
    setBusy(false)
    setConfirming(false)
    if (!result.ok) return setError(result.error)
    const deleted = result.value
    const undo = async () => {
      const back = await api['packages.reinstate']({ id: deleted.id })
      if (!back.ok) return flash({ text: t('packageEditor.undoFailed', { name: shownName }) })
      changed()
      flash({ text: t('packageEditor.reinstated', { name: shownName }) })
    }
    go(
      { view: 'list' },
      { text: t('packageEditor.deleted', { name: shownName }), undo: { label: t('library.undo'), run: undo } }
    )
  }

  return (
    <>
      <div className="package-actions" role="group" aria-label={t('packageEditor.actionsLabel')}>
        <button type="button" className="button" onClick={() => void settled().then(() => setExporting(true))}>
          {t('packageEditor.export')}
        </button>
        <button type="button" className="button button-danger-secondary" onClick={() => setConfirming(true)}>
          {t('packageEditor.delete')}
        </button>
      </div>
      {error && <ApiErrorMessage error={error} />}
      {exporting && (
        <ExportDialog target={{ type: 'package', packageId: pkg.id }} onClose={() => setExporting(false)} />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('packageEditor.confirmDelete.title', { name: shownName })}
          message={t('packageEditor.confirmDelete.message')}
          confirmLabel={t('packageEditor.confirmDelete.confirm')}
          cancelLabel={t('packageEditor.confirmDelete.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
          busy={busy}
        />
      )}
    </>
  )
}
