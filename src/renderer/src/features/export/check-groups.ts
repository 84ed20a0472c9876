import type { BriefCheck, LibraryLookup } from '@shared/brief-rules'
import { briefChecks } from '@shared/brief-rules'
import type { Brief, LibraryItem, LibraryKind, Package } from '@shared/entities'
import type { BilingualText, BriefLanguage } from '@shared/languages'
import type { BriefOpened } from '@shared/operations'
import { packageNameGaps } from '@shared/package-checks'

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

const NO_TEXT: BilingualText = { en: '', fr: '' }

/** The package's own checks (its name in the export's languages), which belong to no brief. */
export function packageChecks(pkg: Package, language: BriefLanguage): ListedCheck[] {
  return packageNameGaps(pkg, language).map((missing) => ({
    briefId: '',
    briefTitle: NO_TEXT,
    sectionTitle: NO_TEXT,
    check: {
      code: 'missing-language',
      blocking: true,
      sectionId: '',
      briefItemId: '',
      title: NO_TEXT,
      detail: missing,
      field: 'package.name'
    }
  }))
}

/** Every check of the package, if any, then of every brief, grouped, in the order the briefs come. */
export function groupedChecks(
  opened: readonly BriefOpened[],
  language: BriefLanguage,
  today: string,
  pkg: Package | null = null
): CheckGroups {
  const own = pkg ? packageChecks(pkg, language) : []
  return groupChecks([...own, ...opened.flatMap((each) => checksFor(each, language, today))])
}
