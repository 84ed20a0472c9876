import type { Brief, LibraryKind, Partner } from '@shared/entities'
import { atVersion, briefChecks } from '@shared/brief-rules'
import { packageNameGaps } from '@shared/package-checks'
import { recordLanguageGaps } from '@shared/record-gaps'
import type { LibraryLookup } from '@shared/brief-rules'
import { today } from '@shared/dates'
import type { BriefLanguage } from '@shared/languages'
import type { ExportedFile } from '@shared/operations'
import type { MeetingRecord } from '@shared/records'
import { briefFileName, packageFileName, recordFileName } from './file-names'
import type { Store } from '../store'
import type { ExportOptions } from './export'
import { WORDS } from './export/words'
import type { ChartRasterizer } from './export/chart-image'
import { writeChosenFile } from './chosen-file'
import { ApiFailure, found } from './failure'
import type { PackageService } from './packages/package-service'

// Loaded on first export: the Word builder is large, and start-up should not wait for it.
const wordExport = () => import('./export')

export interface ExportRequest {
  language: BriefLanguage
  tableOfContents: boolean
  annexes: boolean
}

/** True when the brief's annexes hold a profile whose placed version has figures to chart. */
function drawsCharts(brief: Brief, lookup: LibraryLookup): boolean {
  return brief.sections.some(
    (section) =>
      section.kind === 'annexes' &&
      section.items.some((item) => {
        if (item.type !== 'library' || item.kind !== 'partner') return false
        const partner = lookup('partner', item.itemId)
        const placed = partner ? (atVersion(partner, item.placedVersion) as Partner | undefined) : undefined
        return (placed?.figures ?? []).some((series) => series.points.length > 0)
      })
  )
}

// The languages as the api's English messages name them: the export's own English words.
const LANGUAGE_WORDS = WORDS.en.languages

/** Turns briefs and packages into Word files on disk, refusing briefs with blocking problems. */
export function createExportService({
  store,
  packages,
  now,
  chartFont
}: {
  store: Store
  packages: PackageService
  now: () => Date
  /** The font file chart text is drawn with (resources/fonts); without it, figures export as tables only. */
  chartFont?: string
}) {
  const lookup: LibraryLookup = <K extends LibraryKind>(kind: K, id: string) => store.library.get(kind, id)

  // The chart rasterizer starts WebAssembly and reads the font once, at the first export that
  // has a chart to draw; an export without figures never loads it.
  let rasterizer: Promise<ChartRasterizer> | undefined
  const charts = async (briefs: readonly Brief[]): Promise<ChartRasterizer | undefined> => {
    if (chartFont === undefined || !briefs.some((brief) => drawsCharts(brief, lookup))) return undefined
    rasterizer ??= import('./export/chart-image').then(({ chartRasterizer }) => chartRasterizer(chartFont))
    return rasterizer.catch((error: unknown) => {
      rasterizer = undefined
      throw error
    })
  }

  const options = (request: ExportRequest, chartImages?: ChartRasterizer): ExportOptions => ({
    language: request.language,
    tableOfContents: request.tableOfContents,
    annexes: request.annexes,
    author: store.settings.get().author.trim() || 'Dossier',
    office: store.settings.get().office.trim(),
    now: now(),
    ...(chartImages ? { charts: chartImages } : {})
  })

  // A brief with a blocking problem (an item missing its text in the export language, a marking
  // the brief does not carry) would leave the laptop wrong; the composer lists the same checks.
  const refuseBlocked = (brief: Brief, language: BriefLanguage): void => {
    const blocking = briefChecks({ ...brief, language }, lookup, today(now())).filter((check) => check.blocking)
    if (blocking.length === 0) return
    // A check on the brief's own text (its objectives, a participant) names the field, not an item.
    const issues = blocking.map((check) => ({
      path: check.field ?? `${check.sectionId}.${check.briefItemId}`,
      message: `${check.field ?? (check.title.en || check.title.fr || 'An item')}: ${check.code}${check.detail ? ` (${check.detail})` : ''}`
    }))
    throw new ApiFailure(
      'export-blocked',
      `"${brief.title.en || brief.title.fr}" has ${blocking.length} problem(s) to fix before export: ${issues.map((issue) => issue.message).join('; ')}.`,
      issues
    )
  }

  const write = async (path: string, bytes: Uint8Array): Promise<Omit<ExportedFile, 'fileId'>> => {
    await writeChosenFile(path, bytes)
    return { path, bytes: bytes.byteLength }
  }

  // A bilingual file is named in the language the officer works in.
  const uiLanguage = () => store.settings.get().uiLanguage

  /** The brief, refused when it has a blocking problem in this language. */
  const exportable = (briefId: string, language: BriefLanguage): Brief => {
    const brief = found(store.briefs.get(briefId), 'brief', briefId)
    refuseBlocked(brief, language)
    return brief
  }

  /** The package and its briefs, refused when it has none or one has a blocking problem. */
  const exportablePackage = (packageId: string, language: BriefLanguage) => {
    const pkg = found(store.packages.get(packageId), 'package', packageId)
    const briefs = packages.briefsOf(pkg)
    if (briefs.length === 0)
      throw new ApiFailure('export-blocked', 'This package has no briefs yet; add at least one before exporting.')
    const unnamed = packageNameGaps(pkg, language)
    if (unnamed.length > 0) {
      const missing = unnamed.map((each) => LANGUAGE_WORDS[each]).join(' and ')
      const exported = language === 'bilingual' ? 'both languages' : LANGUAGE_WORDS[language]
      throw new ApiFailure(
        'export-blocked',
        `This package has no ${missing} name; write it in the package's details before exporting in ${exported}.`
      )
    }
    for (const brief of briefs) refuseBlocked(brief, language)
    return { pkg, briefs }
  }

  /** The record, refused when one of its texts lacks a language of the export (shared/record-gaps.ts). */
  const exportableRecord = (recordId: string, language: BriefLanguage): MeetingRecord => {
    const record = found(store.records.get(recordId), 'record of discussion', recordId)
    const gaps = recordLanguageGaps(record, language)
    if (gaps.length > 0) {
      const where = gaps.map(
        (gap) => `${'index' in gap ? `${gap.field} ${gap.index + 1}` : gap.field} (${LANGUAGE_WORDS[gap.language]})`
      )
      throw new ApiFailure(
        'export-blocked',
        `This record has texts written in one language only, which the export would print in the other's place: ${where.join(', ')}. Write them, or export in the language they are written in.`
      )
    }
    return record
  }

  return {
    /** The file name to suggest for a brief's export; refuses a brief that cannot be exported. */
    briefName(briefId: string, language: BriefLanguage): string {
      return briefFileName(exportable(briefId, language), lookup, language, uiLanguage())
    },

    /** The file name to suggest for a brief's pocket card ("… - card.docx"); refuses as briefName does. */
    cardName(briefId: string, language: BriefLanguage): string {
      return briefFileName(exportable(briefId, language), lookup, language, uiLanguage(), 'card')
    },

    /** The file name to suggest for a package's export; refuses a package that cannot be exported. */
    packageName(packageId: string, format: 'docx' | 'zip', language: BriefLanguage): string {
      return packageFileName(exportablePackage(packageId, language).pkg, format, language, uiLanguage())
    },

    /** One brief as a .docx at `path`. */
    async brief(briefId: string, request: ExportRequest, path: string): Promise<Omit<ExportedFile, 'fileId'>> {
      const brief = exportable(briefId, request.language)
      const { exportBrief } = await wordExport()
      return write(path, await exportBrief(brief, lookup, options(request, await charts([brief]))))
    },

    /** A brief's pocket card (export/export-card.ts) as a .docx at `path`. */
    async card(briefId: string, language: BriefLanguage, path: string): Promise<Omit<ExportedFile, 'fileId'>> {
      const brief = exportable(briefId, language)
      const { exportCard } = await wordExport()
      return write(path, await exportCard(brief, lookup, options({ language, tableOfContents: false, annexes: false })))
    },

    /** The file name to suggest for a record of discussion's export. */
    recordName(recordId: string, language: BriefLanguage): string {
      return recordFileName(exportableRecord(recordId, language), lookup, language, uiLanguage())
    },

    /** A record of discussion (export/export-record.ts) as a .docx at `path`. */
    async record(recordId: string, language: BriefLanguage, path: string): Promise<Omit<ExportedFile, 'fileId'>> {
      const record = exportableRecord(recordId, language)
      const { exportRecord } = await wordExport()
      return write(
        path,
        await exportRecord(record, lookup, options({ language, tableOfContents: false, annexes: false }))
      )
    },

    /** A package as one combined .docx, or as a zip of one .docx per brief, at `path`. */
    async package(
      packageId: string,
      format: 'docx' | 'zip',
      request: ExportRequest,
      path: string
    ): Promise<Omit<ExportedFile, 'fileId'>> {
      const { pkg, briefs } = exportablePackage(packageId, request.language)
      const { exportBrief, exportPackage, packageZip } = await wordExport()
      const chartImages = await charts(briefs)
      if (format === 'docx') return write(path, await exportPackage(pkg, briefs, lookup, options(request, chartImages)))
      const files = []
      for (const brief of briefs) {
        files.push({
          name: briefFileName(brief, lookup, request.language, uiLanguage()),
          bytes: await exportBrief(brief, lookup, options(request, chartImages))
        })
      }
      return write(path, packageZip(files, now()))
    }
  }
}

export type ExportService = ReturnType<typeof createExportService>
