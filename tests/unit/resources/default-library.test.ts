// Checks the embedded default library (resources/default-library.json) that an empty data folder
// receives: every item must validate against the shared contract, every reference must resolve,
// both official languages must really be there, and the example briefs must respect the marking rule.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  LIBRARY_KINDS,
  briefSchema,
  librarySchemas,
  packageSchema,
  type BackgroundNote,
  type Brief,
  type Irritant,
  type KeyMessage,
  type LibraryItem,
  type LibraryKind,
  type Partner
} from '@shared/entities'
import { briefText, resolveItem } from '@shared/brief-rules'
import { today } from '@shared/dates'
import { highestMarking, markingRank, markingSchema, type Marking } from '@shared/markings'
import { offeredLines } from '@shared/offered-lines'
import { reviewState } from '@shared/review'
import { parseRichText } from '@shared/rich-text'
import { hasSource } from '@shared/source'
import { SCHEMA_VERSION } from '../../../src/main/store/version'

const LIBRARY_FILE = fileURLToPath(new URL('../../../resources/default-library.json', import.meta.url))

interface DefaultLibrary {
  schemaVersion: number
  partners: Partner[]
  keyMessages: KeyMessage[]
  irritants: Irritant[]
  backgroundNotes: BackgroundNote[]
  briefs: Brief[]
  packages: unknown[]
}

const raw: unknown = JSON.parse(readFileSync(LIBRARY_FILE, 'utf8'))
const library = raw as DefaultLibrary

/** Where each library kind lives in the file. */
const COLLECTION: Record<LibraryKind, 'partners' | 'keyMessages' | 'irritants' | 'backgroundNotes'> = {
  partner: 'partners',
  keyMessage: 'keyMessages',
  irritant: 'irritants',
  backgroundNote: 'backgroundNotes'
}

// The day this library ships; the review dates must hold from then on.
const SHIPPING_DATE = '2026-12-04'

function itemsOf(kind: LibraryKind): LibraryItem[] {
  return library[COLLECTION[kind]] as LibraryItem[]
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) repeated.add(value)
    seen.add(value)
  }
  return [...repeated]
}

function libraryRefs(brief: Brief): { id: string; kind: LibraryKind; itemId: string; placedVersion: number }[] {
  return brief.sections.flatMap((section) => section.items.flatMap((item) => (item.type === 'library' ? [item] : [])))
}

const partnerIds = new Set(library.partners.map((partner) => partner.id))
const partnerById = new Map(library.partners.map((partner) => [partner.id, partner]))

function partnerNamed(fragment: string): Partner | undefined {
  return library.partners.find((partner) => partner.name.en.toLowerCase().includes(fragment.toLowerCase()))
}

describe('default library file', () => {
  it('has exactly the expected top-level shape', () => {
    expect(Object.keys(raw as object).sort()).toEqual(
      ['backgroundNotes', 'briefs', 'irritants', 'keyMessages', 'packages', 'partners', 'schemaVersion'].sort()
    )
    expect(library.schemaVersion).toBe(SCHEMA_VERSION)
    for (const key of ['partners', 'keyMessages', 'irritants', 'backgroundNotes', 'briefs', 'packages'] as const) {
      expect(Array.isArray(library[key]), `${key} must be an array`).toBe(true)
    }
  })

  it('has substantial content in every collection', () => {
    expect(library.partners.length).toBeGreaterThanOrEqual(20)
    expect(library.keyMessages.length).toBeGreaterThanOrEqual(10)
    expect(library.irritants.length).toBe(5)
    expect(library.backgroundNotes.length).toBeGreaterThanOrEqual(8)
    expect(library.briefs.length).toBeGreaterThanOrEqual(2)
  })
})

describe('schema validation', () => {
  for (const kind of LIBRARY_KINDS) {
    it(`every ${kind} validates against its schema`, () => {
      const failures: string[] = []
      for (const item of itemsOf(kind)) {
        const result = librarySchemas[kind].safeParse(item)
        if (!result.success) failures.push(`${kind} ${item.id ?? '(no id)'}:\n${z.prettifyError(result.error)}`)
      }
      expect(failures, failures.join('\n\n')).toEqual([])
    })
  }

  it('every brief validates against the brief schema', () => {
    const failures: string[] = []
    for (const brief of library.briefs) {
      const result = briefSchema.safeParse(brief)
      if (!result.success) failures.push(`brief ${brief.id ?? '(no id)'}:\n${z.prettifyError(result.error)}`)
    }
    expect(failures, failures.join('\n\n')).toEqual([])
  })

  it('every package validates against the package schema', () => {
    const failures: string[] = []
    library.packages.forEach((pkg, index) => {
      const result = packageSchema.safeParse(pkg)
      if (!result.success) failures.push(`package #${index}:\n${z.prettifyError(result.error)}`)
    })
    expect(failures, failures.join('\n\n')).toEqual([])
  })

  // Nobody approved the sample: an office validates each item before approving it.
  it('ships every library item as a draft by the sample library, at version 1, with no history', () => {
    const problems: string[] = []
    for (const kind of LIBRARY_KINDS) {
      for (const item of itemsOf(kind)) {
        if (item.status !== 'draft') problems.push(`${item.id}: status ${item.status}`)
        if (item.updatedBy !== 'Dossier sample library') problems.push(`${item.id}: saved by ${item.updatedBy}`)
        if (item.owner !== '') problems.push(`${item.id}: owned by ${item.owner}`)
        if (item.version !== 1) problems.push(`${item.id}: version ${item.version}`)
        if (item.history.length !== 0) problems.push(`${item.id}: has history`)
      }
    }
    expect(problems).toEqual([])
  })

  // A name is printed as it is in both languages: a placeholder written into it would be English
  // in a French document. A post whose holder is unknown has an empty name and a title instead.
  it('names people only by their names: a post to be confirmed has an empty name and a title', () => {
    const people = library.partners.flatMap((partner) => partner.people)
    const placeholders = people.filter((person) => /confirm|\(|\)/i.test(person.name)).map((person) => person.name)
    expect(placeholders).toEqual([])
    const unnamed = people.filter((person) => person.name === '')
    expect(unnamed.length).toBeGreaterThan(0)
    expect(unnamed.filter((person) => person.title.en.trim() === '' || person.title.fr.trim() === '')).toEqual([])
  })
})

describe('ids', () => {
  for (const kind of LIBRARY_KINDS) {
    it(`${kind} ids are unique`, () => {
      expect(duplicates(itemsOf(kind).map((item) => item.id))).toEqual([])
    })
  }

  it('brief ids are unique', () => {
    expect(duplicates(library.briefs.map((brief) => brief.id))).toEqual([])
  })

  it('section ids and item ids are unique within each brief', () => {
    for (const brief of library.briefs) {
      expect(duplicates(brief.sections.map((section) => section.id)), `sections of ${brief.id}`).toEqual([])
      const itemIds = brief.sections.flatMap((section) => section.items.map((item) => item.id))
      expect(duplicates(itemIds), `items of ${brief.id}`).toEqual([])
    }
  })

  it('responsive line ids and person ids are unique across the library', () => {
    const lineIds = library.irritants.flatMap((irritant) => irritant.responsiveLines.map((line) => line.id))
    expect(duplicates(lineIds)).toEqual([])
    const personIds = library.partners.flatMap((partner) => partner.people.map((person) => person.id))
    expect(duplicates(personIds)).toEqual([])
  })
})

describe('references', () => {
  it('every partner link points at an existing partner', () => {
    const dangling: string[] = []
    const check = (owner: string, id: string | null): void => {
      if (id !== null && !partnerIds.has(id)) dangling.push(`${owner} -> ${id}`)
    }
    for (const partner of library.partners) {
      for (const id of partner.relatedPartnerIds) check(partner.id, id)
    }
    for (const item of [...library.keyMessages, ...library.irritants, ...library.backgroundNotes]) {
      for (const id of item.partnerIds) check(item.id, id)
    }
    for (const irritant of library.irritants) {
      for (const line of irritant.responsiveLines) check(`${irritant.id}/${line.id}`, line.partnerId)
    }
    for (const brief of library.briefs) {
      for (const id of brief.partnerIds) check(brief.id, id)
    }
    expect(dangling).toEqual([])
  })

  it('related-partner links never point at the partner itself and go both ways', () => {
    const problems: string[] = []
    for (const partner of library.partners) {
      for (const id of partner.relatedPartnerIds) {
        if (id === partner.id) problems.push(`${partner.id} lists itself`)
        const other = partnerById.get(id)
        if (other && !other.relatedPartnerIds.includes(partner.id)) {
          problems.push(`${partner.id} -> ${id} but not ${id} -> ${partner.id}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('a partner-specific responsive line targets a partner the irritant is attached to', () => {
    const problems: string[] = []
    for (const irritant of library.irritants) {
      for (const line of irritant.responsiveLines) {
        if (line.partnerId !== null && !irritant.partnerIds.includes(line.partnerId)) {
          problems.push(`${irritant.id}/${line.id} targets ${line.partnerId}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('every library item placed in a brief exists, with a placed version no newer than the library', () => {
    const problems: string[] = []
    for (const brief of library.briefs) {
      for (const ref of libraryRefs(brief)) {
        const target = itemsOf(ref.kind).find((item) => item.id === ref.itemId)
        if (!target) problems.push(`${brief.id}/${ref.id}: no ${ref.kind} ${ref.itemId}`)
        else if (ref.placedVersion > target.version) {
          problems.push(`${brief.id}/${ref.id}: placed v${ref.placedVersion} > library v${target.version}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('participants picked from a partner profile point at a real person of a partner in the brief', () => {
    const problems: string[] = []
    for (const brief of library.briefs) {
      const people = new Set(
        brief.partnerIds.flatMap((id) => partnerById.get(id)?.people.map((person) => person.id) ?? [])
      )
      for (const participant of [...brief.participants.canada, ...brief.participants.partner]) {
        if (participant.personId !== null && !people.has(participant.personId)) {
          problems.push(`${brief.id}: ${participant.name} -> ${participant.personId}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

describe('content required by the seed document', () => {
  const namedPartners = [
    'United States',
    'European Union',
    'Germany',
    'Australia',
    'New Zealand',
    'United Kingdom',
    'Mexico',
    'Indo-Pacific',
    'UNHCR',
    'International Organization for Migration',
    'Migration Five',
    'Five Country Ministerial',
    'Global Compact for Migration',
    'Global Refugee Forum',
    'MIRPS',
    'Belize',
    'Costa Rica',
    'El Salvador',
    'Guatemala',
    'Honduras',
    'Panama',
    'Americas'
  ]

  it.each(namedPartners)('has a partner profile for %s', (fragment) => {
    expect(partnerNamed(fragment), `no partner whose English name contains "${fragment}"`).toBeDefined()
  })

  it('uses the right kind for groups, organizations and regions', () => {
    expect(partnerNamed('Migration Five')?.kind).toBe('forum')
    expect(partnerNamed('Five Country Ministerial')?.kind).toBe('forum')
    expect(partnerNamed('MIRPS')?.kind).toBe('forum')
    expect(partnerNamed('UNHCR')?.kind).toBe('organization')
    expect(partnerNamed('International Organization for Migration')?.kind).toBe('organization')
    expect(partnerNamed('Indo-Pacific')?.kind).toBe('region')
    expect(partnerNamed('Americas')?.kind).toBe('region')
  })

  it('links the M5 to its five members and the MIRPS to its seven countries', () => {
    const m5 = partnerNamed('Migration Five')!
    for (const member of ['Australia', 'New Zealand', 'United Kingdom', 'United States']) {
      expect(m5.relatedPartnerIds, `M5 -> ${member}`).toContain(partnerNamed(member)!.id)
    }
    const mirps = partnerNamed('MIRPS')!
    for (const member of ['Belize', 'Costa Rica', 'El Salvador', 'Guatemala', 'Honduras', 'Mexico', 'Panama']) {
      expect(mirps.relatedPartnerIds, `MIRPS -> ${member}`).toContain(partnerNamed(member)!.id)
    }
  })

  it('gives every partner a summary, a relationship and two to five key facts', () => {
    const problems: string[] = []
    for (const partner of library.partners) {
      if (partner.relationship.en.trim() === '' || partner.relationship.fr.trim() === '') {
        problems.push(`${partner.id}: relationship missing`)
      }
      if (partner.keyFacts.length < 2 || partner.keyFacts.length > 5) {
        problems.push(`${partner.id}: ${partner.keyFacts.length} key facts`)
      }
    }
    expect(problems).toEqual([])
  })

  const irritantKeywords = ['visa facilitation', 'processing delays', 'refusal rates', 'responsibility-sharing', 'bias']

  it.each(irritantKeywords)('has the "%s" irritant with general and enough responsive lines', (keyword) => {
    const matches = library.irritants.filter((irritant) => irritant.title.en.toLowerCase().includes(keyword))
    expect(matches, `irritants titled with "${keyword}"`).toHaveLength(1)
    const irritant = matches[0]!
    expect(irritant.responsiveLines.length).toBeGreaterThanOrEqual(2)
    expect(
      irritant.responsiveLines.some((line) => line.partnerId === null),
      'needs a general line'
    ).toBe(true)
  })

  it('covers the key themes of the seed with key messages linked to partners and topics', () => {
    for (const message of library.keyMessages) {
      expect(message.topics.length, `${message.id} topics`).toBeGreaterThan(0)
    }
    const text = library.keyMessages
      .map((message) => `${message.title.en} ${message.text.en}`)
      .join(' ')
      .toLowerCase()
    for (const theme of [
      'balanced',
      'regular pathways',
      'returns',
      'capacity',
      'international experience canada',
      'unhcr',
      'migration five'
    ]) {
      expect(text, `no key message about "${theme}"`).toContain(theme)
    }
  })

  it('has the background notes the seed calls for', () => {
    const titles = library.backgroundNotes.map((note) => note.title.en.toLowerCase())
    for (const subject of [
      'international experience canada',
      'capacity building program',
      'mirps',
      'unhcr',
      'iom',
      'international network',
      'five country ministerial',
      'indo-pacific strategy',
      'international student program'
    ]) {
      expect(
        titles.some((title) => title.includes(subject)),
        `no background note about "${subject}"`
      ).toBe(true)
    }
  })
})

describe('official languages', () => {
  interface Found {
    path: string
    en: string
    fr: string
  }

  function bilingualTexts(value: unknown, path: string, found: Found[]): Found[] {
    if (Array.isArray(value)) {
      value.forEach((entry, index) => bilingualTexts(entry, `${path}[${index}]`, found))
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      const keys = Object.keys(record).sort()
      if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'fr') {
        found.push({ path, en: String(record.en), fr: String(record.fr) })
      } else {
        for (const key of keys) bilingualTexts(record[key], `${path}.${key}`, found)
      }
    }
    return found
  }

  const texts = bilingualTexts(raw, '$', [])

  it('finds the bilingual texts to check', () => {
    expect(texts.length).toBeGreaterThan(300)
  })

  it('has non-empty English and French in every bilingual text', () => {
    // A logistics choice left empty in both languages (no forum for a bilateral) is simply not printed.
    const unused = (text: Found) => /\.logistics\./.test(text.path) && text.en.trim() === '' && text.fr.trim() === ''
    const empty = texts
      .filter((text) => !unused(text) && (text.en.trim() === '' || text.fr.trim() === ''))
      .map((text) => text.path)
    expect(empty).toEqual([])
  })

  it('translates every text longer than 20 characters (French differs from English)', () => {
    const untranslated = texts
      .filter((text) => text.en.trim().length > 20 && text.fr.trim() === text.en.trim())
      .map((text) => `${text.path}: ${text.en}`)
    expect(untranslated).toEqual([])
  })

  it('writes long French texts with French accents (catches unaccented or English "French")', () => {
    const unaccented = texts
      .filter((text) => text.fr.length > 80 && !/[àâçéèêëîïôûùüœ«»]/i.test(text.fr))
      .map((text) => `${text.path}: ${text.fr}`)
    expect(unaccented).toEqual([])
  })

  it('writes its lists as lists, with the same structure in both languages', () => {
    // A bullet strung along a line ("IOM: - arranges...; - provides...") prints as written.
    const runIn = texts
      .filter((text) => /[^\n][ \t][-•][ \t]+\p{L}/u.test(`${text.en}\n${text.fr}`))
      .map((text) => text.path)
    expect(runIn).toEqual([])
    const shape = (text: string) =>
      parseRichText(text).map((block) => (block.kind === 'paragraph' ? 'p' : `${block.kind}:${block.items.length}`))
    const mismatched = texts.filter((text) => shape(text.en).join() !== shape(text.fr).join()).map((text) => text.path)
    expect(mismatched).toEqual([])
    // The lists the seed sets out read as lists: IEC's objectives among them (the M5 agenda is now
    // the brief's agenda items, one position each).
    expect(
      texts.filter((text) => parseRichText(text.en).some((block) => block.kind !== 'paragraph')).length
    ).toBeGreaterThanOrEqual(6)
  })

  it('uses the Government of Canada French names for IRCC partners', () => {
    const french = texts.map((text) => text.fr).join('\n')
    expect(french).toContain('Expérience internationale Canada')
    expect(french).toContain('HCR')
    expect(french).toContain('OIM')
    expect(french).not.toMatch(/\bUNHCR\b/)
    expect(french).not.toMatch(/\bIOM\b/)
  })
})

describe('review dates', () => {
  const items = LIBRARY_KINDS.flatMap((kind) => itemsOf(kind))

  it('never has a review date before the last review', () => {
    const problems = items.filter((item) => item.reviewBy < item.lastReviewed).map((item) => item.id)
    expect(problems).toEqual([])
  })

  it('was reviewed in 2026', () => {
    const problems = items.filter((item) => !item.lastReviewed.startsWith('2026-')).map((item) => item.id)
    expect(problems).toEqual([])
  })

  // A fresh install must not open on a list of overdue reviews. The second day is the day the
  // tests run: when it fails, the shipped review dates need moving, not the test.
  it.each([
    ['the day it ships', SHIPPING_DATE],
    ['the day the tests run', today()]
  ])('has nothing overdue or due soon on %s (%s)', (_label, day) => {
    const due = items.filter((item) => reviewState(item.reviewBy, day) !== 'current').map((item) => item.id)
    expect(due).toEqual([])
  })

  it('keeps every review date at least a year after shipping', () => {
    const early = items.filter((item) => item.reviewBy < '2027-12-04').map((item) => `${item.id}: ${item.reviewBy}`)
    expect(early).toEqual([])
  })
})

describe('markings', () => {
  function markingOf(value: string): Marking {
    return markingSchema.parse(value)
  }

  it('holds mostly UNCLASSIFIED items with a few PROTECTED A ones', () => {
    const markings = LIBRARY_KINDS.flatMap((kind) => itemsOf(kind)).map((item) => markingOf(item.marking))
    const unclassified = markings.filter((marking) => marking === 'UNCLASSIFIED').length
    expect(unclassified / markings.length).toBeGreaterThan(0.8)
    expect(markings).toContain('PROTECTED A')
  })

  it('never marks a brief lower than the highest marking of the items it references', () => {
    const problems: string[] = []
    for (const brief of library.briefs) {
      const referenced = libraryRefs(brief).flatMap((ref) => {
        const target = itemsOf(ref.kind).find((item) => item.id === ref.itemId)
        return target ? [markingOf(target.marking)] : []
      })
      const required = highestMarking(referenced)
      if (markingRank(markingOf(brief.marking)) < markingRank(required)) {
        problems.push(`${brief.id} is ${brief.marking} but contains ${required} items`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe('example briefs', () => {
  const mexico = partnerNamed('Mexico')!
  const m5 = partnerNamed('Migration Five')!

  it('includes a bilateral brief with Mexico that follows the usual section order', () => {
    const brief = library.briefs.find((b) => b.template === 'bilateral' && b.partnerIds.includes(mexico.id))
    expect(brief, 'no bilateral brief with Mexico').toBeDefined()
    expect(brief!.meeting.format).toBe('bilateral')
    expect(brief!.language).toBe('bilingual')
    expect(brief!.sections.map((section) => section.kind)).toEqual([
      'meeting-details',
      'key-messages',
      'their-objectives',
      'irritants',
      'background',
      'participants',
      'annexes'
    ])
    const kinds = new Set(libraryRefs(brief!).map((ref) => ref.kind))
    expect([...kinds].sort()).toEqual(['backgroundNote', 'irritant', 'keyMessage', 'partner'])
    expect(brief!.participants.canada.length).toBeGreaterThan(0)
    expect(brief!.participants.partner.length).toBeGreaterThan(0)
  })

  it('includes a senior officials’ brief for the M5 with its members', () => {
    const brief = library.briefs.find((b) => b.template === 'senior-officials' && b.partnerIds.includes(m5.id))
    expect(brief, 'no senior-officials brief with the M5').toBeDefined()
    expect(brief!.meeting.format).toBe('multilateral')
    for (const member of m5.relatedPartnerIds.filter((id) => partnerById.get(id)?.kind === 'country')) {
      expect(brief!.partnerIds, `M5 brief partners`).toContain(member)
    }
  })

  it('shows a per-brief edit: at least one placed library item carries an override', () => {
    const overrides = library.briefs.flatMap((brief) =>
      brief.sections.flatMap((section) =>
        section.items.filter((item) => item.type === 'library' && item.override !== null)
      )
    )
    expect(overrides.length).toBeGreaterThan(0)
  })

  it('places each example meeting after the library was written', () => {
    for (const brief of library.briefs) {
      expect(brief.meeting.date > SHIPPING_DATE, `${brief.id} meets on ${brief.meeting.date}`).toBe(true)
      expect(brief.updatedAt >= brief.createdAt, `${brief.id} timestamps`).toBe(true)
    }
  })
})

describe('provenance', () => {
  const items = LIBRARY_KINDS.flatMap((kind) => itemsOf(kind))

  it('names its source on every item: the binder, a section and the as-of month, in both languages', () => {
    const problems: string[] = []
    for (const item of items) {
      const { source } = item
      if (!hasSource(source)) problems.push(`${item.id}: no source`)
      if (!source.document.en.includes('Transition Binder') || !source.document.fr.includes('Cahier de transition')) {
        problems.push(`${item.id}: document ${source.document.en}`)
      }
      if (source.section.en.trim() === '' || source.section.fr.trim() === '') problems.push(`${item.id}: no section`)
      if (source.asOf !== '2025-05') problems.push(`${item.id}: as of ${source.asOf}`)
      if (!/general knowledge/.test(source.note.en) || !/connaissances générales/.test(source.note.fr)) {
        problems.push(`${item.id}: the note does not say what is general knowledge`)
      }
    }
    expect(problems).toEqual([])
  })

  it('says where a fact beyond the binder comes from, in the items that state one', () => {
    const noteOf = (id: string) => items.find((item) => item.id === id)!.source.note.en
    expect(noteOf('partner-mirps')).toMatch(/2017.*2019.*general knowledge/)
    expect(noteOf('bg-mirps-support-platform')).toMatch(/2017.*2019.*general knowledge/)
    expect(noteOf('irritant-high-visa-refusal-rates')).toMatch(/leave.*general knowledge/)
    expect(noteOf('partner-gcm')).toMatch(/every four years.*general knowledge/)
  })
})

describe('content corrections from the domain review', () => {
  const item = (id: string) => LIBRARY_KINDS.flatMap((kind) => itemsOf(kind)).find((each) => each.id === id)!
  const frenchTexts = (value: unknown): string[] => {
    if (Array.isArray(value)) return value.flatMap(frenchTexts)
    if (value === null || typeof value !== 'object') return []
    const record = value as Record<string, unknown>
    const keys = Object.keys(record).sort()
    if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'fr') return [String(record.fr)]
    return Object.values(record).flatMap(frenchTexts)
  }
  const french = frenchTexts(raw)
  const englishText = JSON.stringify(raw)

  it('says judicial review needs the Federal Court’s leave, and promises no reasons', () => {
    const irritant = item('irritant-high-visa-refusal-rates') as Irritant
    const recourse = irritant.responsiveLines.find((line) => line.id === 'line-refusal-rates-recourse')!
    expect(recourse.text.en).toMatch(/Federal Court of Canada for leave/)
    expect(recourse.text.fr).toMatch(/Cour fédérale du Canada l'autorisation/)
    for (const text of [recourse.text.en, irritant.context.en]) expect(text).not.toMatch(/receive the reasons/)
    for (const text of [recourse.text.fr, irritant.context.fr]) expect(text).not.toMatch(/reçoivent les motifs/)
  })

  it('dates the MIRPS right: six countries in 2017, El Salvador in 2019', () => {
    const mirps = item('partner-mirps') as Partner
    expect(mirps.summary.en).toMatch(/Six of them adopted it in 2017; El Salvador joined in 2019/)
    expect(mirps.summary.fr).toMatch(/Six d'entre eux l'ont adopté en 2017; le Salvador s'y est joint en 2019/)
    const note = item('bg-mirps-support-platform') as BackgroundNote
    expect(note.body.en).toMatch(/Adopted in 2017 by six of them \(El Salvador joined in 2019\)/)
    expect(englishText).not.toMatch(/Launched in 2017|Lancé en 2017/)
  })

  it('writes « le Salvador » in running French text (Global Affairs Canada usage)', () => {
    const bare = french.filter((text) => /(?<!\b(?:le|Le|du|au|San)[ \u00a0])Salvador/.test(text))
    // The partner's name is the one bare use: a name, not running text.
    expect(bare).toEqual(['Salvador'])
    expect(partnerNamed('El Salvador')?.name.fr).toBe('Salvador')
    expect(french.join('\n')).not.toMatch(/El Salvador/)
  })

  it('uses the French terms the review asked for and none of the calques', () => {
    const all = french.join('\n')
    expect(all).toContain("ministère de l'Intérieur (Department of Home Affairs)")
    expect(all).toContain('Adhésions')
    expect(all).not.toMatch(/Appartenances|Département des Affaires intérieures/)
    expect(all).not.toMatch(
      /test public de la relation|Relation concrète et croissante|accueille favorablement les occasions/
    )
    // One term for returns, one for biographies.
    expect(all).not.toMatch(/renvoi/i)
    expect(all.match(/biographi\w*/gi)?.length).toBe(all.match(/notices? biographiques?/gi)?.length)
  })

  it('follows Canadian French typography: no-break spaces before colons and inside guillemets, one each', () => {
    // A doubled space showed inside the guillemets of every item's source, « \u00a0\u00a0…\u00a0\u00a0 ».
    const problems = french.filter((text) => / :|« | »|[ \u00a0][;?!]|[ \u00a0]{2}/.test(text))
    expect(problems).toEqual([])
  })

  it('claims nothing the binder does not support about Mexico’s role in the MIRPS', () => {
    expect(englishText).not.toMatch(/Mexico's leadership|leadership du Mexique/)
  })

  it('has Francophone immigration and skills programming, in English and French', () => {
    const about = [...library.keyMessages, ...library.backgroundNotes].filter((entry) =>
      entry.topics.includes('francophone-immigration')
    )
    expect(about.map((entry) => entry.title.en)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Francophone immigration and skills programming/)])
    )
    expect(about.some((entry) => /immigration francophone/i.test(entry.title.fr))).toBe(true)
    // A key message to say and a background note to read.
    expect(library.keyMessages.some((entry) => about.includes(entry))).toBe(true)
    expect(library.backgroundNotes.some((entry) => about.includes(entry))).toBe(true)
  })

  it('has temporary foreign workers and labour mobility beyond the seasonal program, in English and French', () => {
    const about = [...library.keyMessages, ...library.backgroundNotes].filter((entry) =>
      entry.topics.includes('temporary-foreign-workers')
    )
    const titles = about.map((entry) => `${entry.title.en} | ${entry.title.fr}`)
    expect(titles.some((title) => /labour mobility/i.test(title) && /mobilité de la main-d'œuvre/i.test(title))).toBe(
      true
    )
    const note = library.backgroundNotes.find((entry) => entry.id === 'bg-temporary-foreign-workers-labour-mobility')!
    expect(note.body.en).toMatch(/beyond the Seasonal Agricultural Worker Program/)
    expect(note.body.fr).toMatch(/au-delà du Programme des travailleurs agricoles saisonniers/)
  })

  it('names the countries neighbouring Afghanistan as the funding envelope does, and no more', () => {
    const note = library.backgroundNotes.find((entry) => entry.title.en.includes('neighbouring Afghanistan'))!
    expect(note.title.fr).toBe("Soutien aux pays voisins de l'Afghanistan")
    expect(note.body.en).not.toMatch(/Pakistan|Iran|Tajikistan|Turkmenistan|Uzbekistan|China/)
  })

  it('says the review forum of the migration compact meets every four years, and claims no event', () => {
    const gcm = item('partner-gcm') as Partner
    expect(gcm.relationship.en).toMatch(/every four years/)
    expect(gcm.relationship.fr).toMatch(/tous les quatre ans/)
    expect(gcm.relationship.en).not.toMatch(/first took place|\b20\d\d\b/)
  })
})

describe('lines for the groups a brief’s partners belong to', () => {
  const mexicoBrief = library.briefs.find((brief) => brief.id === 'brief-mexico-asylum-capacity')!
  const lookup = (<K extends LibraryKind>(kind: K, id: string) =>
    itemsOf(kind).find((entry) => entry.id === id)) as Parameters<typeof resolveItem>[1]

  it('offers the MIRPS line for the Mexico brief, and the brief carries it', () => {
    const sharing = library.irritants.find((irritant) => irritant.id === 'irritant-responsibility-sharing')!
    const offered = offeredLines(sharing, mexicoBrief.partnerIds, (id) => partnerById.get(id))
    expect(offered.map((entry) => entry.line.id)).toEqual(['line-responsibility-sharing-mirps'])
    expect(briefText('irritant', sharing, mexicoBrief.partnerIds).en).not.toContain('MIRPS Support Platform')

    const placed = mexicoBrief.sections
      .flatMap((section) => section.items)
      .find((entry) => entry.type === 'library' && entry.itemId === sharing.id)!
    expect(placed.type === 'library' && placed.rows?.lines).toEqual([
      { lineId: 'line-responsibility-sharing-mirps', included: true, override: null }
    ])
    const mirpsLine = sharing.responsiveLines.find((line) => line.id === 'line-responsibility-sharing-mirps')!
    const shown = resolveItem(placed, lookup, mexicoBrief.partnerIds).text
    expect(shown.en).toContain(mirpsLine.text.en)
    expect(shown.fr).toContain(mirpsLine.text.fr)
  })

  it('states MIRPS responsibility-sharing among the Mexico brief’s objectives', () => {
    expect(mexicoBrief.objectives.en).toMatch(/responsibility-sharing through the MIRPS/)
  })
})
