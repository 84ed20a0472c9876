import { execFile, spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Brief, BriefItem, BriefSection, LibraryItemByKind, LibraryKind, Package } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { resolveItem } from '@shared/brief-rules'
import { exportBrief, exportPackage } from '../src/main/core/export'
import type { ExportOptions } from '../src/main/core/export'
import { ratioFigure, summarize, timeRuns } from './measure'
import type { Figure } from './measure'
import { syntheticLibrary } from './synthetic-library'
import type { SyntheticLibrary } from './synthetic-library'

// Export figures: a 150-item brief (50 key messages, 50 irritants, 50 background notes) and a
// 20-meeting trip binder of 30-item briefs, the size of the shipped examples, built from the
// synthetic library. The same brief as Markdown through pandoc gives a yardstick: a general
// converter that knows nothing of markings, languages or tables of contents.

const run = promisify(execFile)
const STAMP = '2026-03-01T12:00:00.000Z'
const OPTIONS: ExportOptions = {
  language: 'en',
  tableOfContents: true,
  annexes: true,
  author: 'Bench',
  office: '',
  now: new Date(2026, 2, 1)
}

/** Finds library items by kind and id, as the store does. */
export function lookupOf(library: SyntheticLibrary): LibraryLookup {
  const items = new Map<string, unknown>()
  const add = (kind: LibraryKind, list: { id: string }[]) =>
    list.forEach((item) => items.set(`${kind}:${item.id}`, item))
  add('partner', library.partners)
  add('keyMessage', library.keyMessages)
  add('irritant', library.irritants)
  add('backgroundNote', library.backgroundNotes)
  return <K extends LibraryKind>(kind: K, id: string) => items.get(`${kind}:${id}`) as LibraryItemByKind[K] | undefined
}

function section(id: string, kind: BriefSection['kind'], title: string, items: BriefItem[]): BriefSection {
  return { id, kind, title: { en: title, fr: `${title} (fr)` }, items }
}

function placed(kind: LibraryKind, itemId: string, index: number): BriefItem {
  return { type: 'library', id: `item-${kind.toLowerCase()}-${index}`, kind, itemId, placedVersion: 1, override: null }
}

/** A brief with `perKind` key messages, irritants and background notes, plus details, participants and annexes. */
export function syntheticBrief(library: SyntheticLibrary, id: string, perKind: number, offset = 0): Brief {
  const pick = <T extends { id: string }>(list: T[]) =>
    Array.from({ length: perKind }, (_, index) => list[(offset + index) % list.length]?.id ?? '')
  const person = (name: string) => ({
    name,
    title: { en: 'Senior official', fr: 'Haut fonctionnaire' },
    organization: { en: 'IRCC', fr: 'IRCC' },
    personId: null
  })
  return {
    id,
    title: { en: `Synthetic meeting ${id}`, fr: `Rencontre synthétique ${id}` },
    template: 'bilateral',
    language: 'en',
    marking: 'PROTECTED A',
    meeting: {
      date: '2027-02-17',
      time: '10:00',
      place: { en: 'Ottawa, Canada', fr: 'Ottawa (Canada)' },
      format: 'bilateral'
    },
    partnerIds: ['partner-0', 'partner-1'],
    participants: { canada: [person('Head of delegation'), person('Adviser')], partner: [person('Counterpart')] },
    objectives: {
      en: 'Take stock of cooperation and agree on next steps.',
      fr: 'Faire le point et convenir de la suite.'
    },
    sections: [
      section('sec-details', 'meeting-details', 'Meeting details and objectives', []),
      section(
        'sec-messages',
        'key-messages',
        'Key messages',
        pick(library.keyMessages).map((item, index) => placed('keyMessage', item, index))
      ),
      section(
        'sec-irritants',
        'irritants',
        'Irritants and responsive lines',
        pick(library.irritants).map((item, index) => placed('irritant', item, index))
      ),
      section(
        'sec-background',
        'background',
        'Background',
        pick(library.backgroundNotes).map((item, index) => placed('backgroundNote', item, index))
      ),
      section('sec-participants', 'participants', 'Participants', []),
      section('sec-annexes', 'annexes', 'Annexes', [
        placed('partner', 'partner-0', 0),
        placed('partner', 'partner-1', 1)
      ])
    ],
    createdAt: STAMP,
    updatedAt: STAMP
  }
}

/** The brief's content as Markdown, as close to our document as Markdown gets (no markings, one language). */
export function briefMarkdown(brief: Brief, lookup: LibraryLookup): string {
  const lines = [
    `# ${brief.title.en}`,
    '',
    `**Date:** ${brief.meeting.date}  `,
    `**Place:** ${brief.meeting.place}`,
    ''
  ]
  for (const part of brief.sections) {
    lines.push(`## ${part.title.en}`, '')
    for (const item of part.items) {
      const resolved = resolveItem(item, lookup, brief.partnerIds)
      if (part.kind === 'key-messages') lines.push(`1. ${resolved.text.en}`)
      else {
        if (resolved.title.en) lines.push(`### ${resolved.title.en}`, '')
        const prefix = part.kind === 'irritants' ? '**If raised:** ' : ''
        for (const paragraph of resolved.text.en.split(/\n\s*\n/)) lines.push(`${prefix}${paragraph}`, '')
      }
    }
    lines.push('')
  }
  return lines.join('\n')
}

function pandocInstalled(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0
}

/**
 * pandoc converting `markdown` to .docx, timed as a whole process `runs` times after one
 * warm-up run; null (with a note on stderr) when pandoc is not installed.
 */
export async function timePandoc(markdown: string, runs: number): Promise<number[] | null> {
  if (!pandocInstalled()) {
    console.error('pandoc is not installed: the pandoc comparison figures are skipped.')
    return null
  }
  const folder = await mkdtemp(join(tmpdir(), 'dossier-pandoc-'))
  try {
    const source = join(folder, 'brief.md')
    await writeFile(source, markdown)
    const convert = () => run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(folder, 'brief.docx'), source])
    await convert()
    return await timeRuns(runs, convert)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Brief and package export times, and the comparison with pandoc when pandoc is installed. */
export async function exportFigures(): Promise<Figure[]> {
  const library = syntheticLibrary(160, 10)
  const lookup = lookupOf(library)
  const brief = syntheticBrief(library, 'bench-brief', 50)
  const briefs = Array.from({ length: 20 }, (_, index) =>
    syntheticBrief(library, `bench-brief-${index}`, 10, index * 10)
  )
  const pkg: Package = {
    id: 'bench-package',
    name: { en: 'Bench trip', fr: 'Voyage de banc d’essai' },
    startDate: '2027-02-17',
    endDate: '2027-02-28',
    marking: 'UNCLASSIFIED',
    briefIds: briefs.map((each) => each.id),
    createdAt: STAMP,
    updatedAt: STAMP
  }

  // Warm up the JIT and docx's own caches, as a user's second export would find them.
  for (let run = 0; run < 3; run += 1) await exportBrief(brief, lookup, OPTIONS)
  const briefRuns = await timeRuns(30, () => exportBrief(brief, lookup, OPTIONS))
  const bilingualRuns = await timeRuns(15, () => exportBrief(brief, lookup, { ...OPTIONS, language: 'bilingual' }))
  await exportPackage(pkg, briefs, lookup, OPTIONS)
  const packageRuns = await timeRuns(10, () => exportPackage(pkg, briefs, lookup, OPTIONS))
  const figures: Figure[] = [
    ...summarize('export brief (150 items)', briefRuns, { p95: 300 }),
    ...summarize('export brief bilingual (150 items)', bilingualRuns, {}),
    ...summarize('export package (20 briefs)', packageRuns, { p95: 2000 })
  ]

  const pandocRuns = await timePandoc(briefMarkdown(brief, lookup), 7)
  if (!pandocRuns) return figures
  figures.push(...summarize('pandoc brief conversion', pandocRuns, {}))
  figures.push(ratioFigure('export/pandoc ratio', briefRuns, pandocRuns, 0.5))
  return figures
}
