import type { Brief } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { briefBody } from './brief-body'
import { briefProperties } from './document-properties'
import { briefMarking } from './marking'
import { packDocument } from './pack-document'
import { renderContext } from './render-context'
import type { ExportOptions } from './types'

/** One brief as a Word document: data in, .docx bytes out. */
export async function exportBrief(brief: Brief, lookup: LibraryLookup, options: ExportOptions): Promise<Uint8Array> {
  const ctx = renderContext(lookup, options, 1)
  const marking = briefMarking(brief, lookup)
  return packDocument(briefBody(brief, ctx, options.tableOfContents), {
    marking,
    language: options.language,
    properties: briefProperties(brief, lookup, marking, options),
    updateFields: options.tableOfContents,
    options
  })
}
