import type { LibraryLookup } from '@shared/brief-rules'
import type { ExportOptions, RenderContext } from './types'
import { languagesIn } from '@shared/languages'

/** A fresh context for one document: its own list counter, so numbering never leaks between exports. */
export function renderContext(lookup: LibraryLookup, options: ExportOptions, sectionLevel: 1 | 2): RenderContext {
  let lists = 0
  return {
    languages: languagesIn(options.language),
    exportLanguage: options.language,
    lookup,
    options,
    sectionLevel,
    nextList: () => `dossier-list-${(lists += 1)}`
  }
}
