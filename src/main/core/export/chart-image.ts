import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { initWasm, Resvg } from '@resvg/resvg-wasm'

// Charts go into Word as PNG pictures, drawn from the same SVG the app shows (shared/figure-chart.ts).
// resvg compiled to WebAssembly rasterizes them: one file for every platform, so packaging has
// no native binary per operating system and processor to unpack from the archive, and no
// browser is needed. It reads no system font: the chart's text is drawn with the Carlito font
// the app ships (resources/fonts, SIL Open Font License), so a chart comes out the same, byte
// for byte, on a build machine and on an officer's laptop, whatever fonts each has installed.

/** Turns a chart's SVG into PNG bytes. */
export interface ChartRasterizer {
  png(svg: string): Uint8Array
}

/** How many image pixels per chart unit: sharp when printed, small in the file (a chart is some 30 kB). */
const ZOOM = 3

// WebAssembly can be started once per process; every rasterizer shares it.
let started: Promise<void> | null = null

function startWasm(): Promise<void> {
  started ??= (async () => {
    const require = createRequire(import.meta.url)
    await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
  })().catch((error: unknown) => {
    started = null
    throw error
  })
  return started
}

/** A rasterizer that draws text with the font file given (a TrueType file: resources/fonts/Carlito-Regular.ttf). */
export async function chartRasterizer(fontFile: string): Promise<ChartRasterizer> {
  const [font] = await Promise.all([readFile(fontFile), startWasm()])
  const fontBuffers = [new Uint8Array(font)]
  return {
    png(svg: string): Uint8Array {
      const resvg = new Resvg(svg, {
        font: { fontBuffers, defaultFontFamily: 'Carlito', sansSerifFamily: 'Carlito' },
        fitTo: { mode: 'zoom', value: ZOOM },
        shapeRendering: 2,
        textRendering: 1
      })
      try {
        const image = resvg.render()
        try {
          return image.asPng()
        } finally {
          image.free()
        }
      } finally {
        resvg.free()
      }
    }
  }
}
