import type { core, z } from 'zod'
import { BOTH_LANGUAGES_ISSUE, DUPLICATE_NAME_ISSUE, NAME_OR_TITLE_ISSUE } from '@shared/entities'
import type { FieldIssue } from '@shared/result'
import { AS_OF_ISSUE } from '@shared/source'
import { FIGURE_ISSUES } from '@shared/figures'

/**
 * One problem with one field, ready to show next to it: a catalog key and its values, or,
 * for a problem the server found and the form did not, the server's own (English) sentence.
 */
export interface FieldProblem {
  /** Dotted path into the draft, as zod names it: `title.fr`, `keyFacts.0.label.en`. */
  path: string
  key: ValidationKey
  values: Record<string, string | number>
  serverMessage?: string
}

/** Every catalog key a problem can carry; the catalog test checks each is translated. */
export const VALIDATION_KEYS = [
  'validation.required',
  'validation.tooLong',
  'validation.tooShort',
  'validation.tooMany',
  'validation.date',
  'validation.asOf',
  'validation.id',
  'validation.format',
  'validation.choose',
  'validation.marking',
  'validation.bothLanguages',
  'validation.nameOrTitle',
  'validation.duplicateName',
  'validation.invalid',
  'validation.server',
  'validation.number',
  'validation.figureYear',
  'validation.figureNegative',
  'validation.figureWholeNumber',
  'validation.figureTooLarge',
  'validation.figurePercent',
  'validation.figureDecimals',
  'validation.figureDuplicateYear',
  'validation.figureSource',
  'validation.figureAsOf'
] as const
export type ValidationKey = (typeof VALIDATION_KEYS)[number]

// A figure's refusals (shared/figures.ts), by the key the contract gives them.
const FIGURE_KEYS: Record<string, ValidationKey> = {
  [FIGURE_ISSUES.year]: 'validation.figureYear',
  [FIGURE_ISSUES.negative]: 'validation.figureNegative',
  [FIGURE_ISSUES.wholeNumber]: 'validation.figureWholeNumber',
  [FIGURE_ISSUES.tooLarge]: 'validation.figureTooLarge',
  [FIGURE_ISSUES.percent]: 'validation.figurePercent',
  [FIGURE_ISSUES.decimals]: 'validation.figureDecimals',
  [FIGURE_ISSUES.duplicateYear]: 'validation.figureDuplicateYear',
  [FIGURE_ISSUES.source]: 'validation.figureSource',
  [FIGURE_ISSUES.asOf]: 'validation.figureAsOf'
}

/** Problems keyed by field path, several per field possible. */
export type ProblemMap = ReadonlyMap<string, FieldProblem[]>

/** The catalog key (under validation.*) and values that say what is wrong, in the user's language. */
export function issueKey(issue: core.$ZodIssue): { key: ValidationKey; values: Record<string, string | number> } {
  switch (issue.code) {
    case 'custom':
      // Custom issues carry a key the interface can translate; the contract's own refusals
      // (such as a marking above PROTECTED B) are named by their path instead.
      if (issue.params?.['key'] === BOTH_LANGUAGES_ISSUE) return { key: 'validation.bothLanguages', values: {} }
      if (issue.params?.['key'] === AS_OF_ISSUE) return { key: 'validation.asOf', values: {} }
      if (issue.params?.['key'] === NAME_OR_TITLE_ISSUE) return { key: 'validation.nameOrTitle', values: {} }
      if (FIGURE_KEYS[String(issue.params?.['key'])]) {
        return { key: FIGURE_KEYS[String(issue.params?.['key'])] as ValidationKey, values: {} }
      }
      return issue.path.at(-1) === 'marking'
        ? { key: 'validation.marking', values: {} }
        : { key: 'validation.invalid', values: {} }
    case 'too_big':
      return issue.origin === 'array'
        ? { key: 'validation.tooMany', values: { maximum: Number(issue.maximum) } }
        : { key: 'validation.tooLong', values: { maximum: Number(issue.maximum) } }
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? { key: 'validation.required', values: {} }
        : { key: 'validation.tooShort', values: { minimum: Number(issue.minimum) } }
    case 'invalid_format':
      // A date left empty is missing, not written in a wrong format (the field shows none at all):
      // checkDraft keeps what was typed in the issue.
      if (issue.format === 'date') {
        return issue.input === '' ? { key: 'validation.required', values: {} } : { key: 'validation.date', values: {} }
      }
      if (issue.format === 'regex') return { key: 'validation.id', values: {} }
      return { key: 'validation.format', values: {} }
    case 'invalid_type':
      // A number field holds NaN when what was typed is not a number (figures-editor.tsx).
      return issue.expected === 'number'
        ? { key: 'validation.number', values: {} }
        : { key: 'validation.required', values: {} }
    case 'invalid_value':
      return { key: 'validation.choose', values: {} }
    default:
      return { key: 'validation.invalid', values: {} }
  }
}

/**
 * Checks a form's draft against its contract. Each issue keeps the value it is about, so that
 * issueKey can tell a field left empty from one filled in wrongly.
 */
export function checkDraft<S extends z.ZodType>(schema: S, draft: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(draft, { reportInput: true })
}

/** Every issue of a failed parse as a problem to show next to its field. */
export function problemsFromIssues(issues: readonly core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), ...issueKey(issue) }))
}

// The server names paths from the whole request ({ kind, item, expectedVersion }); the form
// knows them from the item down.
const ITEM_PREFIX = /^item\.?/

/** The server's own refusals (shown in the user's words where the contract names them, else in its own). */
export function problemsFromServer(issues: readonly FieldIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const path = issue.path.replace(ITEM_PREFIX, '')
    if (issue.key === DUPLICATE_NAME_ISSUE) return { path, key: 'validation.duplicateName', values: {} }
    return { path, key: 'validation.server', values: {}, serverMessage: issue.message }
  })
}

/** Problems grouped by path, in the order found. */
export function toProblemMap(problems: readonly FieldProblem[]): ProblemMap {
  const map = new Map<string, FieldProblem[]>()
  for (const problem of problems) map.set(problem.path, [...(map.get(problem.path) ?? []), problem])
  return map
}

/** The id of the input that edits a path, so an error summary can link to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`
}
