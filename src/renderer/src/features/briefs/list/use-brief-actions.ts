import { useState } from 'react'
import type { BriefListing } from '@shared/operations'
import { pick } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import i18n, { currentLanguage } from '@renderer/i18n'
import type { Flash } from '@renderer/components/flash-message'

interface Deps {
  reload: () => void
  flash: (flash: Flash | null) => void
  onDuplicated: (copy: BriefListing) => void
}

/** Duplicate, and delete with undo, for the brief list; a refusal is kept to be explained. */
export function useBriefActions({ reload, flash, onDuplicated }: Deps) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const t = i18n.t.bind(i18n)
  const titleOf = (brief: BriefListing) => pick(brief.title, currentLanguage()) || t('library.untitled')

  const duplicate = async (brief: BriefListing) => {
    setBusy(true)
    setProblem(null)
    const result = await api['briefs.duplicate']({ id: brief.id })
    setBusy(false)
    if (result.ok) onDuplicated(result.value)
    else setProblem(result.error)
  }

  const remove = async (brief: BriefListing) => {
    setBusy(true)
    setProblem(null)
    const result = await api['briefs.delete']({ id: brief.id })
    setBusy(false)
    if (!result.ok) return setProblem(result.error)
    reload()
    flash({
      text: t('composer.list.deleted', { title: titleOf(brief) }),
      undo: {
        label: t('composer.undo'),
        run: async () => {
          const back = await api['briefs.reinstate']({ id: result.value.id })
          reload()
          if (back.ok) flash({ text: t('composer.list.reinstated', { title: titleOf(brief) }) })
          else {
            flash(null)
            setProblem(back.error)
          }
        }
      }
    })
  }

  return { busy, problem, duplicate, remove, clearProblem: () => setProblem(null) }
}
