import type { Brief, Package } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { briefBody, tableOfContents } from './brief-body'
import { packageProperties } from './document-properties'
import { packageMarking } from './marking'
import { packDocument } from './pack-document'
import { packageCover } from './package-cover'
import { renderContext } from './render-context'
import type { ExportOptions } from './types'

/**
 * A package as one Word document: cover page, contents, then each brief from a new page with
 * its title as Heading 1. A binder always gets its contents page, whatever the brief option says.
 */
export async function exportPackage(
  pkg: Package,
  briefs: Brief[],
  lookup: LibraryLookup,
  options: ExportOptions
): Promise<Uint8Array> {
  const ctx = renderContext(lookup, options, 2)
  const marking = packageMarking(pkg, briefs, lookup)
  return packDocument(
    [
      ...packageCover(pkg, briefs, marking, options.language),
      ...tableOfContents(options.language, '1-2', true),
      ...briefs.flatMap((brief) => briefBody(brief, ctx, false))
    ],
    {
      marking,
      language: options.language,
      properties: packageProperties(pkg, briefs, lookup, marking, options),
      updateFields: true,
      options
    }
  )
}
