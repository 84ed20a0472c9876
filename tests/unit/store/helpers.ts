import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BackgroundNote, Brief, Irritant, KeyMessage, Package, Partner } from '@shared/entities'
import type { DefaultLibrary, StoreOptions } from '../../../src/main/store/index'
import { emptySource } from '@shared/source'

const created: string[] = []

/** A fresh, empty temporary folder; removed by cleanTempDirs. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-store-'))
  created.push(dir)
  return dir
}

/** Removes every folder made by makeTempDir. */
export async function cleanTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

const text = (en: string, fr = ''): { en: string; fr: string } => ({ en, fr })

const meta = {
  status: 'draft' as const,
  marking: 'UNCLASSIFIED' as const,
  owner: 'Policy',
  topics: [],
  lastReviewed: '2026-01-15',
  source: emptySource(),
  reviewBy: '2026-07-15',
  version: 1,
  updatedAt: '2026-01-15T10:00:00.000Z',
  updatedBy: 'tester',
  history: []
}

export function partner(id: string, name = id): Partner {
  return {
    ...meta,
    id,
    kind: 'country',
    name: text(name, `${name} (fr)`),
    summary: text('Summary'),
    relationship: text('Relationship'),
    keyFacts: [],
    people: [],
    programmes: [],
    relatedPartnerIds: [],
    tags: []
  }
}

export function keyMessage(id: string): KeyMessage {
  return { ...meta, id, title: text(`Message ${id}`), text: text('Say this.'), partnerIds: [] }
}

/**
 * 300 key messages, km-0 to km-299, some 500 KB once written: a collection large enough for the
 * store to remember its bytes as proven when it writes it (json-file-adapter.ts).
 */
export function largeKeyMessages(): KeyMessage[] {
  return Array.from({ length: 300 }, (_, index) => ({
    ...keyMessage(`km-${index}`),
    text: { en: `Say this. ${'Canada and Mexico agree. '.repeat(40)}`, fr: 'Dites ceci.' }
  }))
}

export function irritant(id: string): Irritant {
  return { ...meta, id, title: text(`Irritant ${id}`), context: text('Context'), responsiveLines: [], partnerIds: [] }
}

export function backgroundNote(id: string): BackgroundNote {
  return { ...meta, id, title: text(`Note ${id}`), body: text('Body'), partnerIds: [] }
}

export function brief(id: string, title = id): Brief {
  return {
    id,
    title: text(title),
    template: 'bilateral',
    language: 'en',
    marking: 'UNCLASSIFIED',
    meeting: { date: '2026-11-26', time: '09:30', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' },
    partnerIds: [],
    participants: { canada: [], partner: [] },
    objectives: text('Objectives'),
    sections: [],
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z'
  }
}

export function pkg(id: string, briefIds: string[] = []): Package {
  return {
    id,
    name: text(`Package ${id}`),
    startDate: '2026-11-26',
    endDate: '2026-11-28',
    marking: 'UNCLASSIFIED',
    briefIds,
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z'
  }
}

/** A tiny default library that satisfies the contract schemas. */
export function tinyDefaultLibrary(): DefaultLibrary {
  return {
    schemaVersion: 1,
    partners: [partner('mexico', 'Mexico'), partner('france', 'France')],
    keyMessages: [keyMessage('km-1')],
    irritants: [irritant('irr-1')],
    backgroundNotes: [backgroundNote('bg-1')],
    briefs: [brief('sample-brief')],
    packages: [pkg('sample-package', ['sample-brief'])]
  }
}

/** A clock that moves one minute forward at each call, so every open gets a distinct backup name. */
export function steppingClock(start = Date.parse('2026-11-26T06:50:01.123Z')): () => Date {
  let calls = 0
  return () => new Date(start + 60_000 * calls++)
}

/** Store options for a folder, with an empty default library unless one is given. */
export function optionsFor(dataDir: string, extra: Partial<StoreOptions> = {}): StoreOptions {
  return {
    dataDir,
    loadDefaultLibrary: async () => ({
      schemaVersion: 1,
      partners: [],
      keyMessages: [],
      irritants: [],
      backgroundNotes: [],
      briefs: [],
      packages: []
    }),
    ...extra
  }
}
