import { useState } from 'react'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { libraryDraftSchemas } from '@shared/library-inputs'
import type { LibraryDraftByKind } from '@shared/library-inputs'
import type { ApiError } from '@shared/result'
import { saveItem } from '../library-api'
import type { FieldProblem } from '@renderer/lib/field-problems'
import { checkDraft, problemsFromIssues, problemsFromServer } from '@renderer/lib/field-problems'

/** A draft together with its kind, so one form state can hold any kind. */
export type KindDraft = { [K in LibraryKind]: { kind: K; draft: LibraryDraftByKind[K] } }[LibraryKind]

/** Where a save stands: nothing yet, on its way, or refused by the app. */
export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'failed'; error: ApiError }

/**
 * The edit form's state: the draft, the problems found, and the save. The draft is checked
 * with the contract's own schema before it is sent, so most problems show without a round
 * trip; what the app still refuses comes back by field and is shown the same way.
 */
export function useItemForm(initial: KindDraft, expectedVersion: number | undefined) {
  const [value, setValue] = useState<KindDraft>(initial)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' })

  const update = (patch: object) =>
    setValue((current) => ({ ...current, draft: { ...current.draft, ...patch } }) as KindDraft)

  /** Resolves to the saved item, or null when the draft was refused (problems and status say why). */
  const save = async (): Promise<LibraryItem | null> => {
    const parsed = checkDraft(libraryDraftSchemas[value.kind], value.draft)
    if (!parsed.success) {
      setProblems(problemsFromIssues(parsed.error.issues))
      setStatus({ state: 'idle' })
      return null
    }
    setProblems([])
    setStatus({ state: 'saving' })
    const result = await saveItem(value.kind, value.draft, expectedVersion)
    if (result.ok) {
      setStatus({ state: 'idle' })
      return result.value
    }
    if (result.error.issues && result.error.issues.length > 0) setProblems(problemsFromServer(result.error.issues))
    setStatus({ state: 'failed', error: result.error })
    return null
  }

  return { value, update, problems, status, save }
}
