import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBrief, exportCard, exportPackage } from '../../../../src/main/core/export'
import type { ExportLanguage } from '../../../../src/main/core/export'
import { typeset } from '../../../../src/main/core/export/typography'
import { defaultLibrary, examplePackage, options, paragraphTexts, part } from './fixtures'
import { MARKUP, hostileBrief } from './hostile-brief'
import { expectValidDocx } from './validate-docx'

// The exports as a word processor lays them out: LibreOffice converts them to PDF (CI installs
// libreoffice-writer-nogui) and pdftotext reads every page back. Each page must carry the
// marking at top and bottom and its "Page X of Y"; the headings must be there.

const run = promisify(execFile)
const installed = (command: string, flag: string): boolean =>
  spawnSync(command, [flag], { stdio: 'ignore' }).status === 0
const canRender = installed('soffice', '--version') && installed('pdftotext', '-v')
const reason = canRender ? '' : ' (skipped: soffice or pdftotext is not installed)'

const { lookup, mexico, m5, briefs } = defaultLibrary()

interface Sample {
  name: string
  language: ExportLanguage
  marking: string
  make: () => Promise<Uint8Array>
}

const SAMPLES: Sample[] = [
  { name: 'mexico-en', language: 'en', marking: 'PROTECTED A', make: () => exportBrief(mexico, lookup, options()) },
  {
    name: 'mexico-bilingual',
    language: 'bilingual',
    marking: 'PROTECTED A / PROTÉGÉ A',
    make: () => exportBrief(mexico, lookup, options({ language: 'bilingual' }))
  },
  {
    name: 'm5-fr',
    language: 'fr',
    marking: 'PROTÉGÉ A',
    make: () => exportBrief(m5, lookup, options({ language: 'fr' }))
  },
  {
    name: 'package-en',
    language: 'en',
    marking: 'PROTECTED A',
    make: () => exportPackage(examplePackage(briefs), briefs, lookup, options())
  },
  {
    name: 'package-bilingual',
    language: 'bilingual',
    marking: 'PROTECTED A / PROTÉGÉ A',
    make: () => exportPackage(examplePackage(briefs), briefs, lookup, options({ language: 'bilingual' }))
  },
  {
    name: 'hostile-en',
    language: 'en',
    marking: 'PROTECTED A',
    make: () => exportBrief(hostileBrief(), lookup, options())
  }
]

describe.skipIf(!canRender)(`exports as LibreOffice lays them out${reason}`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-pdf-'))
  const pages = new Map<string, string[]>()

  beforeAll(async () => {
    const files: string[] = []
    for (const sample of SAMPLES) {
      const bytes = await sample.make()
      await expectValidDocx(bytes, sample.name)
      const file = join(folder, `${sample.name}.docx`)
      writeFileSync(file, bytes)
      files.push(file)
    }
    // One soffice run for all files, with a profile of its own so it never meets another soffice.
    const profile = pathToFileURL(join(folder, 'profile')).href
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files],
      {
        timeout: 90_000
      }
    )
    for (const sample of SAMPLES) {
      const pdf = join(folder, `${sample.name}.pdf`)
      await run('pdftotext', ['-layout', pdf, join(folder, `${sample.name}.txt`)])
      const text = readFileSync(join(folder, `${sample.name}.txt`), 'utf8')
      pages.set(
        sample.name,
        text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '')
      )
    }
  }, 150_000)

  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const pagesOf = (name: string): string[] => pages.get(name) ?? []

  it.each(SAMPLES)('prints the marking at the top and bottom of every page of $name', ({ name, marking }) => {
    const all = pagesOf(name)
    expect(all.length).toBeGreaterThan(1)
    all.forEach((page, index) => {
      const count = page.split(marking).length - 1
      expect(count, `page ${index + 1} of ${name} should show ${marking} twice`).toBeGreaterThanOrEqual(2)
    })
  })

  it.each(SAMPLES)('numbers every page of $name "Page X of Y"', ({ name, language }) => {
    const all = pagesOf(name)
    all.forEach((page, index) => {
      const flat = page.replace(/\s+/g, ' ')
      if (language !== 'fr') expect(flat).toContain(`Page ${index + 1} of ${all.length}`)
      if (language !== 'en') expect(flat).toContain(`Page ${index + 1} de ${all.length}`)
    })
  })

  it('shows the headings and the responsive lines of the Mexico brief', () => {
    const english = pagesOf('mexico-en').join('\n')
    for (const heading of [
      'Meeting details and objectives',
      'Key messages',
      'Irritants and responsive lines',
      'Requests for visa facilitation',
      'Participants and biographies',
      'If raised:'
    ]) {
      expect(english).toContain(heading)
    }
    const bilingual = pagesOf('mexico-bilingual').join('\n')
    for (const heading of [
      'Key messages',
      'Messages clés',
      'Irritants and responsive lines',
      'Irritants et lignes de réponse',
      'If raised:',
      'Si la question est'
    ]) {
      expect(bilingual).toContain(heading)
    }
    expect(pagesOf('m5-fr').join('\n')).toContain('Position du Canada')
  })

  it('never cuts a word of a key-fact label to fit its column, side by side', async () => {
    const printed = pagesOf('mexico-bilingual').join('\n')
    // Every word as written in the document: a piece printed alone that is not one of them was cut.
    const xml = part(await exportBrief(mexico, lookup, options({ language: 'bilingual' })), 'word/document.xml')
    const written = new Set(
      paragraphTexts(xml)
        .join(' ')
        .match(/\p{L}+/gu)
    )
    const profile = lookup('partner', 'partner-mexico')
    expect(profile?.keyFacts.length).toBeGreaterThan(0)
    for (const fact of profile?.keyFacts ?? []) {
      for (const language of ['en', 'fr'] as const) {
        for (const word of typeset(fact.label[language], language).match(/\p{L}{8,}/gu) ?? []) {
          expect(printed, `"${word}" is printed whole`).toContain(word)
          for (let cut = 4; cut < word.length; cut += 1) {
            const start = word.slice(0, cut)
            if (written.has(start)) continue
            expect(printed, `"${word}" cut after "${start}"`).not.toMatch(
              new RegExp(`(?<!\\p{L})${start}(?!\\p{L})`, 'u')
            )
          }
        }
      }
    }
  })

  it('starts each brief of a package on a page of its own, after the cover and contents', () => {
    const all = pagesOf('package-en')
    expect(all[0]).toContain('Spring 2027 migration meetings')
    expect(all[1]).toContain('Contents')
    const firstLine = (page: string) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && line !== 'PROTECTED A')[0]
    const starts = all.map(firstLine)
    expect(starts).toContain('Bilateral meeting with Mexico on asylum capacity building')
    expect(starts).toContain('Migration Five (M5) senior officials’ meeting')
  })

  it('keeps hostile text readable after layout', () => {
    const text = pagesOf('hostile-en').join('\n')
    expect(text).toContain(typeset(MARKUP, 'en'))
    // The brief's empty section is left out of the page, not printed as a heading over nothing.
    expect(text).not.toContain('Empty section')
    expect(text).not.toContain('(No items)')
  })
})

// The pocket card is carried into the room: one page, two at most, marked on every page.
describe.skipIf(!canRender)(`the pocket card as LibreOffice lays it out${reason}`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-card-'))
  const cards = [
    { name: 'card-en', language: 'en' as const, marking: 'PROTECTED A', most: 1 },
    { name: 'card-fr', language: 'fr' as const, marking: 'PROTÉGÉ A', most: 1 },
    { name: 'card-bilingual', language: 'bilingual' as const, marking: 'PROTECTED A / PROTÉGÉ A', most: 2 }
  ]
  const pages = new Map<string, string[]>()

  beforeAll(async () => {
    const files: string[] = []
    for (const card of cards) {
      const file = join(folder, `${card.name}.docx`)
      writeFileSync(file, await exportCard(mexico, lookup, options({ language: card.language })))
      files.push(file)
    }
    const profile = pathToFileURL(join(folder, 'profile')).href
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files],
      { timeout: 90_000 }
    )
    for (const card of cards) {
      await run('pdftotext', ['-layout', join(folder, `${card.name}.pdf`), join(folder, `${card.name}.txt`)])
      const text = readFileSync(join(folder, `${card.name}.txt`), 'utf8')
      pages.set(
        card.name,
        text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '')
      )
    }
  }, 150_000)

  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it.each(cards)(
    'fits the Mexico card in $language on $most page(s) at most, marked on each',
    ({ name, marking, most }) => {
      const all = pages.get(name) ?? []
      expect(all.length).toBeGreaterThanOrEqual(1)
      expect(all.length).toBeLessThanOrEqual(most)
      for (const page of all) expect(page.split(marking).length - 1).toBeGreaterThanOrEqual(2)
    }
  )
})
