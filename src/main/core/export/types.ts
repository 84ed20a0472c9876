import type { LibraryLookup } from '@shared/brief-rules'
import type { Language } from '@shared/languages'
import type { ChartRasterizer } from './chart-image'

/** A brief goes out in English, in French, or in both side by side. */
export type ExportLanguage = 'en' | 'fr' | 'bilingual'

/** What the officer chose in the export dialog, plus who and when, so the output is reproducible. */
export interface ExportOptions {
  language: ExportLanguage
  tableOfContents: boolean
  /** With false, the "annexes" section (partner profiles, key facts, figures) is left out. */
  annexes: boolean
  /** Written as the document's creator; "Dossier" when empty. */
  author: string
  /** The user's office, written as the document's company; left out when empty. */
  office: string
  /** The export date printed in the footer and written into the document properties. */
  now: Date
  /** Draws the charts of partners' figures in the annexes; without it, figures print as tables only. */
  charts?: ChartRasterizer
}

/** Everything a section renderer needs, threaded explicitly rather than held in module state. */
export interface RenderContext {
  /** The columns being written: one language, or English then French. */
  languages: readonly Language[]
  exportLanguage: ExportLanguage
  lookup: LibraryLookup
  options: ExportOptions
  /** 1 for a brief on its own (sections are Heading 1), 2 inside a package (the brief title takes Heading 1). */
  sectionLevel: 1 | 2
  /** Hands out a fresh list reference so every numbered list, in every column, starts again at 1. */
  nextList: () => string
}

/** The language of the document's defaults and of text that belongs to neither column. */
export function mainLanguage(language: ExportLanguage): Language {
  return language === 'fr' ? 'fr' : 'en'
}
