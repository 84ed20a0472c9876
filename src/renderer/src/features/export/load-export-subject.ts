import type { Package } from '@shared/entities'
import type { BriefLanguage } from '@shared/languages'
import type { BriefOpened } from '@shared/operations'
import { ok } from '@shared/result'
import type { Result } from '@shared/result'
import { api } from '@renderer/api/client'

/** What the dialog exports: one brief, or a package and its briefs in order, as `briefs.open` gives them. */
export interface ExportSubject {
  pkg: Package | null
  briefs: BriefOpened[]
}

/** Opens the brief, or the package and each of its briefs, so the dialog can run the checks. */
export async function loadExportSubject(
  target: { type: 'brief'; briefId: string } | { type: 'package'; packageId: string }
): Promise<Result<ExportSubject>> {
  if (target.type === 'brief') {
    const opened = await api['briefs.open']({ id: target.briefId })
    return opened.ok ? ok({ pkg: null, briefs: [opened.value] }) : opened
  }
  const pkg = await api['packages.get']({ id: target.packageId })
  if (!pkg.ok) return pkg
  const briefs: BriefOpened[] = []
  for (const result of await Promise.all(pkg.value.briefIds.map((id) => api['briefs.open']({ id })))) {
    if (!result.ok) return result
    briefs.push(result.value)
  }
  return ok({ pkg: pkg.value, briefs })
}

/** The language a package export starts with: its briefs' when they agree, else both side by side. */
export function packageLanguage(briefs: readonly BriefOpened[]): BriefLanguage {
  const languages = new Set(briefs.map((each) => each.brief.language))
  const [only] = languages
  return languages.size === 1 && only !== undefined ? only : 'bilingual'
}
