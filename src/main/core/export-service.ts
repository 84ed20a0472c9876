import type { Brief, LibraryKind } from '@shared/entities'
import { briefChecks } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import { today } from '@shared/dates'
import type { BriefLanguage } from '@shared/languages'
import type { ExportedFile } from '@shared/operations'
import type { Store } from '../store'
import type { ExportOptions } from './export'
import { writeChosenFile } from './chosen-file'
import { ApiFailure, found } from './failure'
import type { PackageService } from './packages/package-service'

// Loaded on first export: the Word builder is large, and start-up should not wait for it.
const wordExport = () => import('./export')

export interface ExportRequest {
  language: BriefLanguage
  tableOfContents: boolean
  annexes: boolean
  path: string
}

/** Turns briefs and packages into Word files on disk, refusing briefs with blocking problems. */
export function createExportService({
  store,
  packages,
  now
}: {
  store: Store
  packages: PackageService
  now: () => Date
}) {
  const lookup: LibraryLookup = <K extends LibraryKind>(kind: K, id: string) => store.library.get(kind, id)

  const options = (request: ExportRequest): ExportOptions => ({
    language: request.language,
    tableOfContents: request.tableOfContents,
    annexes: request.annexes,
    author: store.settings.get().author.trim() || 'Dossier',
    now: now()
  })

  // A brief with a blocking problem (an item missing its text in the export language, a marking
  // the brief does not carry) would leave the laptop wrong; the composer lists the same checks.
  const refuseBlocked = (brief: Brief, language: BriefLanguage): void => {
    const blocking = briefChecks({ ...brief, language }, lookup, today(now())).filter((check) => check.blocking)
    if (blocking.length === 0) return
    const issues = blocking.map((check) => ({
      path: `${check.sectionId}.${check.briefItemId}`,
      message: `${check.title.en || check.title.fr || 'An item'}: ${check.code}${check.detail ? ` (${check.detail})` : ''}`
    }))
    throw new ApiFailure(
      'export-blocked',
      `"${brief.title.en || brief.title.fr}" has ${blocking.length} problem(s) to fix before export: ${issues.map((issue) => issue.message).join('; ')}.`,
      issues
    )
  }

  const write = async (path: string, bytes: Uint8Array): Promise<ExportedFile> => {
    await writeChosenFile(path, bytes)
    return { path, bytes: bytes.byteLength }
  }

  return {
    /** One brief as a .docx. */
    async brief(briefId: string, request: ExportRequest): Promise<ExportedFile> {
      const brief = found(store.briefs.get(briefId), 'brief', briefId)
      refuseBlocked(brief, request.language)
      const { exportBrief } = await wordExport()
      return write(request.path, await exportBrief(brief, lookup, options(request)))
    },

    /** A package as one combined .docx, or as a zip of one .docx per brief. */
    async package(packageId: string, format: 'docx' | 'zip', request: ExportRequest): Promise<ExportedFile> {
      const pkg = found(store.packages.get(packageId), 'package', packageId)
      const briefs = packages.briefsOf(pkg)
      if (briefs.length === 0)
        throw new ApiFailure('export-blocked', 'This package has no briefs yet; add at least one before exporting.')
      for (const brief of briefs) refuseBlocked(brief, request.language)
      const { briefFileName, exportBrief, exportPackage, packageZip } = await wordExport()
      if (format === 'docx') return write(request.path, await exportPackage(pkg, briefs, lookup, options(request)))
      const files = []
      for (const brief of briefs) {
        files.push({
          name: briefFileName(brief, lookup, request.language),
          bytes: await exportBrief(brief, lookup, options(request))
        })
      }
      return write(request.path, packageZip(files))
    }
  }
}

export type ExportService = ReturnType<typeof createExportService>
