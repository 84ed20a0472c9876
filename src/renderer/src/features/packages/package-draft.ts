import type { Package } from '@shared/entities'
import type { BilingualText } from '@shared/languages'
import type { Marking } from '@shared/markings'
import { createPackageInput } from '@shared/package-inputs'
import { checkDraft, issueKey } from '@renderer/lib/field-problems'

/** What the package form edits: the trip's name, dates and marking. */
export interface PackageDraft {
  name: BilingualText
  startDate: string
  endDate: string
  marking: Marking
}

/** One problem with one field of the form: a catalog key and its values. */
export interface DraftProblem {
  path: 'name' | 'startDate' | 'endDate' | 'marking'
  key: string
  values: Record<string, string | number>
}

const PATHS = new Set<DraftProblem['path']>(['name', 'startDate', 'endDate', 'marking'])

// The contract's own refusals carry a key the form can say in the user's words.
const CUSTOM_KEYS: Record<string, string> = {
  'title-required': 'packageEditor.validation.nameRequired',
  'end-before-start': 'packageEditor.validation.endBeforeStart'
}

/** An empty form: no name, no dates, UNCLASSIFIED. */
export function emptyDraft(): PackageDraft {
  return { name: { en: '', fr: '' }, startDate: '', endDate: '', marking: 'UNCLASSIFIED' }
}

/** The form's fields of an existing package. */
export function draftOf(pkg: Package): PackageDraft {
  return { name: pkg.name, startDate: pkg.startDate, endDate: pkg.endDate, marking: pkg.marking }
}

/** What is wrong with the draft, checked with the contract's own rules; empty when it may be saved. */
export function draftProblems(draft: PackageDraft): DraftProblem[] {
  const parsed = checkDraft(createPackageInput, { ...draft, briefIds: [] })
  if (parsed.success) return []
  const problems: DraftProblem[] = []
  for (const issue of parsed.error.issues) {
    const top = String(issue.path[0] ?? '')
    if (!PATHS.has(top as DraftProblem['path'])) continue
    const custom = issue.code === 'custom' ? CUSTOM_KEYS[String(issue.params?.['key'] ?? '')] : undefined
    const { key, values } = custom ? { key: custom, values: {} } : issueKey(issue)
    problems.push({ path: top as DraftProblem['path'], key, values })
  }
  // The contract compares the dates only once every field is right; the form says it at once.
  const iso = /^\d{4}-\d{2}-\d{2}$/
  if (iso.test(draft.startDate) && iso.test(draft.endDate) && draft.endDate < draft.startDate) {
    problems.push({ path: 'endDate', key: CUSTOM_KEYS['end-before-start'] ?? '', values: {} })
  }
  // A start date that is missing makes "ends before it starts" meaningless; say the first thing only.
  const seen = new Set<string>()
  return problems.filter((problem) => {
    if (seen.has(problem.path)) return false
    seen.add(problem.path)
    return true
  })
}
