import { resolve } from 'node:path'
import type { LibraryLookup } from '@shared/brief-rules'
import type { LibraryItemByKind, LibraryKind, Partner } from '@shared/entities'
import { TEST_FIGURES } from '../../shared/figure-data'
import { chartRasterizer } from '../../../../src/main/core/export/chart-image'
import type { ChartRasterizer } from '../../../../src/main/core/export/chart-image'

export { TEST_FIGURES } from '../../shared/figure-data'

/** The library's lookup with the given partner carrying TEST_FIGURES. */
export function withFigures(lookup: LibraryLookup, partnerId: string, figures = TEST_FIGURES): LibraryLookup {
  return <K extends LibraryKind>(kind: K, id: string) => {
    const item = lookup(kind, id)
    if (kind !== 'partner' || id !== partnerId || !item) return item
    const partner = item as Partner
    return {
      ...partner,
      figures,
      history: partner.history.map((version) => ({ ...version, figures }))
    } as LibraryItemByKind[K]
  }
}

let rasterizer: Promise<ChartRasterizer> | undefined
/** The rasterizer the app uses, with the font it ships. */
export function testRasterizer(): Promise<ChartRasterizer> {
  rasterizer ??= chartRasterizer(resolve(import.meta.dirname, '../../../../resources/fonts/Carlito-Regular.ttf'))
  return rasterizer
}
