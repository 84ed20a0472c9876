import type { z } from 'zod'

/** One thing wrong with a file, in plain words: where it is, and what is wrong. */
export interface ImportProblem {
  /** The file, zip entry or item concerned, e.g. `keyMessages[3] (km-visa): text.fr`. */
  where: string
  message: string
  /** Technical detail for the log (a parser's own words); never shown as the message. */
  detail?: string
}

/** A file that was read, or the reasons it was not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] }

/** Past this many problems the list stops: a file this broken needs no longer explanation. */
export const MAX_PROBLEMS = 100

/** The problem as one line, for a log or the command line. */
export function describeProblem(problem: ImportProblem): string {
  return `${problem.where}: ${problem.message}`
}

/** Keeps a long list readable: the first problems, then how many more there were. */
export function capProblems(problems: ImportProblem[]): ImportProblem[] {
  const list = new ProblemList()
  list.add(...problems)
  return list.result()
}

/**
 * Collects problems up to MAX_PROBLEMS and only counts the rest, so that a check can stop as
 * soon as the list is full: a file with a million broken items costs a hundred problems, not
 * twenty million.
 */
export class ProblemList {
  readonly problems: ImportProblem[] = []
  private notListed = 0

  add(...problems: ImportProblem[]): void {
    for (const problem of problems) {
      if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem)
      else this.notListed += 1
    }
  }

  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS
  }

  get empty(): boolean {
    return this.problems.length === 0
  }

  /** The problems, then a last line saying how many more there were and what was not checked. */
  result(unchecked?: { count: number; what: string }): ImportProblem[] {
    const parts: string[] = []
    if (this.notListed > 0) parts.push(`There are ${this.notListed} more problems like these, not listed.`)
    if (unchecked && unchecked.count > 0) {
      parts.push(
        `Dossier stopped checking after ${MAX_PROBLEMS} problems: ${unchecked.count.toLocaleString('en-CA')} more ${unchecked.what} were not checked.`
      )
    }
    if (parts.length === 0) return this.problems
    return [...this.problems, { where: 'the file', message: parts.join(' ') }]
  }
}

/** A field path as a reader writes it: `history[0].text.fr`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? String(segment) : `.${String(segment)}`
  }
  return out
}

/** Turns zod's issues about a value into problems in plain words, each naming its field. */
export function issueProblems(error: z.ZodError, raw: unknown, where: string): ImportProblem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path)
    return { where: path === '' ? where : `${where}: ${path}`, message: plainMessage(issue, raw) }
  })
}

// The contract's own messages are already written for people ("Text is limited to 50000
// characters."); zod's defaults ("Invalid input: expected string, received number") are not.
function plainMessage(issue: z.core.$ZodIssue, raw: unknown): string {
  const value = valueAt(raw, issue.path)
  const isDefault = /^(Invalid|Too small|Too big|Unrecognized)/.test(issue.message)
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'This field is missing.'
  }
  if (issue.code === 'invalid_type') {
    return `This should be ${typeWord(issue.expected)}, but it is ${describeValue(value)}.`
  }
  if (!isDefault) return issue.message
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((option) => JSON.stringify(option))
    const use = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`
    return `${capitalize(describeValue(value))} is not allowed here; use ${use}.`
  }
  if (issue.code === 'too_small') return `This must be at least ${String(issue.minimum)}${unit(issue.origin)}.`
  if (issue.code === 'too_big') return `This must be at most ${String(issue.maximum)}${unit(issue.origin)}.`
  if (issue.code === 'unrecognized_keys') {
    return `Dossier does not know the field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}.`
  }
  return `This value is not valid (${issue.message}).`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function unit(origin: string): string {
  if (origin === 'string') return ' characters'
  if (origin === 'array') return ' entries'
  return ''
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = raw
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  null: 'empty (null)'
}

function typeWord(expected: string): string {
  return TYPE_WORDS[expected] ?? expected
}

/** A short description of a value for a message: its type, and the value itself when short. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'object') return 'a group of fields'
  if (typeof value === 'string') {
    return value.length > 40 ? `the text "${value.slice(0, 40)}…" (${value.length} characters)` : `the text "${value}"`
  }
  if (typeof value === 'number') return `the number ${value}`
  return String(value)
}
