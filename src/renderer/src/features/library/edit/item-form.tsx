import { useRef } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryItem } from '@shared/entities'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ConflictMessage } from './conflict-message'
import { ErrorSummary } from '@renderer/components/fields/error-summary'
import { toProblemMap } from '@renderer/lib/field-problems'
import { KindFields } from './kind-fields'
import { MetaFields } from './meta-fields'
import { SourceFields } from './source-fields'
import type { KindDraft } from './use-item-form'
import { useItemForm } from './use-item-form'

interface Props {
  initial: KindDraft
  /** The version the form was opened on; absent for a new item. */
  expectedVersion: number | undefined
  onSaved: (item: LibraryItem) => void
  onCancel: () => void
  /** Reads the item afresh after someone else saved a newer version. */
  onReload: () => void
}

/** The edit form for any kind: its own fields, its source, then how the item is filed, then Save and Cancel. */
export function ItemForm({ initial, expectedVersion, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation()
  const { value, update, problems, status, save } = useItemForm(initial, expectedVersion)
  const summaryRef = useRef<HTMLDivElement>(null)
  const problemMap = toProblemMap(problems)
  const isPartner = value.kind === 'partner'
  const links = isPartner
    ? { path: 'relatedPartnerIds', legend: t('fields.relatedPartners'), selected: value.draft.relatedPartnerIds }
    : { path: 'partnerIds', legend: t('fields.partners'), selected: value.draft.partnerIds }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const saved = await save()
    if (saved) onSaved(saved)
    // A refused save moves focus to the list of problems, which links to each field.
    else requestAnimationFrame(() => summaryRef.current?.focus())
  }

  return (
    <form className="item-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary problems={problems} ref={summaryRef} />
      {status.state === 'failed' &&
        (status.error.code === 'conflict' ? (
          <ConflictMessage onReload={onReload} />
        ) : (
          <ApiErrorMessage error={status.error} />
        ))}
      <p className="hint">{t('form.intro')}</p>
      <fieldset className="form-section">
        <legend className="form-section-title">{t('form.content')}</legend>
        <KindFields value={value} onChange={update} problems={problemMap} />
      </fieldset>
      <SourceFields source={value.draft.source} onChange={(source) => update({ source })} problems={problemMap} />
      <MetaFields
        draft={value.draft}
        onChange={update}
        problems={problemMap}
        links={{
          ...links,
          onChange: (ids) => update({ [links.path]: ids }),
          exclude: isPartner ? value.draft.id : undefined
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={status.state === 'saving'}>
          {t('form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <p className="save-status" role="status">
          {status.state === 'saving' && t('form.saving')}
        </p>
      </div>
    </form>
  )
}
