import type { BriefCheck, LibraryLookup } from '@shared/brief-rules'
import { briefChecks } from '@shared/brief-rules'
import type { Brief, LibraryItem, LibraryKind } from '@shared/entities'
import type { BilingualText, BriefLanguage } from '@shared/languages'
import type { BriefOpened } from '@shared/operations'

/** One check as the export dialog lists it: which brief, which section, what is wrong. */
export interface ListedCheck {
  briefId: string
  briefTitle: BilingualText
  sectionTitle: BilingualText
  check: BriefCheck
}

/** The checks split the way the dialog shows them: what stops the export, and what is worth a look. */
export interface CheckGroups {
  mustFix: ListedCheck[]
  worthALook: ListedCheck[]
}

/** A lookup over the library items `briefs.open` returned with a brief. */
export function lookupFrom(library: BriefOpened['library']): LibraryLookup {
  const items = new Map<string, LibraryItem>(library.map(({ kind, item }) => [`${kind}:${item.id}`, item]))
  return (<K extends LibraryKind>(kind: K, id: string) => items.get(`${kind}:${id}`)) as LibraryLookup
}

/** The checks of one brief for the chosen export language (the export checks that language, not the brief's). */
export function checksFor(opened: BriefOpened, language: BriefLanguage, today: string): ListedCheck[] {
  const brief: Brief = { ...opened.brief, language }
  const sections = new Map(brief.sections.map((section) => [section.id, section.title]))
  return briefChecks(brief, lookupFrom(opened.library), today).map((check) => ({
    briefId: brief.id,
    briefTitle: brief.title,
    sectionTitle: sections.get(check.sectionId) ?? { en: '', fr: '' },
    check
  }))
}

/** Splits checks into "must fix" (blocking) and "worth a look", keeping the briefs' order. */
export function groupChecks(checks: readonly ListedCheck[]): CheckGroups {
  return {
    mustFix: checks.filter((entry) => entry.check.blocking),
    worthALook: checks.filter((entry) => !entry.check.blocking)
  }
}

/** Every check of every brief, grouped, in the order the briefs come. */
export function groupedChecks(opened: readonly BriefOpened[], language: BriefLanguage, today: string): CheckGroups {
  return groupChecks(opened.flatMap((each) => checksFor(each, language, today)))
}
