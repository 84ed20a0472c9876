import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Package } from '@shared/entities'
import { markingRank } from '@shared/markings'
import { draftOf, draftProblems } from './package-draft'
import type { PackageDraft } from './package-draft'
import { PackageFields } from './package-fields'
import { focusFirstProblem } from './new-package-view'

const PREFIX = 'package-details'

interface Props {
  pkg: Package
  /** Saves the package with the new details; the saved package, or null when refused. */
  onSave: (next: Package) => Promise<Package | null>
}

function sameDraft(a: PackageDraft, b: PackageDraft): boolean {
  return (
    a.name.en === b.name.en &&
    a.name.fr === b.name.fr &&
    a.startDate === b.startDate &&
    a.endDate === b.endDate &&
    a.marking === b.marking
  )
}

/** Rename the package, change its dates or its marking; saved with its own button. */
export function PackageDetailsForm({ pkg, onSave }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<PackageDraft>(() => draftOf(pkg))
  const [tried, setTried] = useState(false)
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle')
  const problems = tried ? draftProblems(draft) : []
  const dirty = !sameDraft(draft, draftOf(pkg))

  // When a save raises the marking (a more highly marked brief was added), the form follows.
  const [seenMarking, setSeenMarking] = useState(pkg.marking)
  if (seenMarking !== pkg.marking) {
    setSeenMarking(pkg.marking)
    if (markingRank(draft.marking) < markingRank(pkg.marking)) setDraft({ ...draft, marking: pkg.marking })
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    const found = draftProblems(draft)
    if (found.length > 0) return focusFirstProblem(PREFIX, found)
    setStatus('saving')
    const saved = await onSave({ ...pkg, ...draft })
    setStatus(saved ? 'saved' : 'idle')
    if (!saved) return
    setTried(false)
    // The server may have raised the marking; the form shows what was saved.
    setDraft(draftOf(saved))
  }

  return (
    <form className="form-section package-details" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="section-title">{t('packageEditor.details')}</h2>
      <PackageFields
        draft={draft}
        onChange={(next) => {
          setDraft(next)
          setStatus('idle')
        }}
        problems={problems}
        idPrefix={PREFIX}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={status === 'saving'}>
          {t('packageEditor.saveDetails')}
        </button>
        {dirty && (
          <button type="button" className="button button-secondary" onClick={() => setDraft(draftOf(pkg))}>
            {t('packageEditor.discard')}
          </button>
        )}
        <p className="save-status" role="status">
          {status === 'saving' ? t('packageEditor.saving') : status === 'saved' ? t('packageEditor.saved') : ''}
        </p>
      </div>
    </form>
  )
}
