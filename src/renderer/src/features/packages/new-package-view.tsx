import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { pick } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { draftProblems, emptyDraft } from './package-draft'
import type { DraftProblem, PackageDraft } from './package-draft'
import { PackageFields, packageFieldId } from './package-fields'
import type { PackagesGo } from './packages-nav'

/** Moves focus to the first field with a problem, so a refused save lands where to fix it. */
export function focusFirstProblem(prefix: string, problems: readonly DraftProblem[]): void {
  const first = problems[0]
  if (!first) return
  const path = first.path === 'name' ? 'name-en' : first.path
  document.getElementById(packageFieldId(prefix, path))?.focus()
}

/** The form for a new package: trip name in both languages, dates and marking. */
export function NewPackageView({ go }: { go: PackagesGo }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const prefix = 'new-package'
  const [draft, setDraft] = useState<PackageDraft>(emptyDraft)
  const [tried, setTried] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const busy = useRef(false)
  const problems = tried ? draftProblems(draft) : []

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy.current) return
    setTried(true)
    const found = draftProblems(draft)
    if (found.length > 0) return focusFirstProblem(prefix, found)
    busy.current = true
    setSaving(true)
    const result = await api['packages.create']({ ...draft, briefIds: [] })
    busy.current = false
    setSaving(false)
    if (!result.ok) return setError(result.error)
    const name = pick(result.value.package.name, language)
    go({ view: 'edit', id: result.value.package.id }, { text: t('packageEditor.created', { name }) })
  }

  return (
    <form className="item-form package-form" onSubmit={(event) => void submit(event)} noValidate>
      <ScreenHeading>{t('packageEditor.newTitle')}</ScreenHeading>
      <p className="lead">{t('packageEditor.newIntro')}</p>
      {error && <ApiErrorMessage error={error} />}
      <PackageFields draft={draft} onChange={setDraft} problems={problems} idPrefix={prefix} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {t('packageEditor.create')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => go({ view: 'list' })}>
          {t('packageEditor.cancel')}
        </button>
      </div>
    </form>
  )
}
