import type { Brief, BriefSection, KeyFact, Partner, Participant } from '@shared/entities'
import { atVersion, resolveItem } from '@shared/brief-rules'
import type { LibraryLookup, ResolvedItem } from '@shared/brief-rules'
import type { FigureSeries } from '@shared/figures'
import type { BilingualText, Language } from '@shared/languages'
import type { Marking } from '@shared/markings'
import { reviewState } from '@shared/review'
import type { Resolve } from './resolve-cache'
import { previewPlan } from './preview-plan-model'
import type { PreviewPlan } from './preview-plan-model'

// The live preview as data: a pure function of the brief and the library it uses, laid out as
// the Word export lays it out (see src/main/core/export/brief-sections.ts), so the officer sees
// what will be printed. No React, no i18n: the lead benchmarks it in Node.

type SectionKindName = BriefSection['kind']

// One empty list for every block without figures, so memoized blocks compare equal.
const NO_FIGURES: FigureSeries[] = []

// The same arrays every time, so memoized blocks see the same columns between builds.
const COLUMNS: Record<Brief['language'], readonly Language[]> = { en: ['en'], fr: ['fr'], bilingual: ['en', 'fr'] }

/** What the composer flags on a block, in the preview as in the outline. */
export interface BlockFlags {
  edited: boolean
  outOfDate: boolean
  missing: boolean
  reviewOverdue: boolean
}

interface BlockBase {
  /** The brief item the block shows, so the preview can lead back to it. */
  itemId: string
  flags: BlockFlags
}

/** A responsive line as printed: "If raised by <target>:" (or "If raised:" for any partner), then its text. */
export interface PreviewLine {
  lineId: string | null
  /** The partner's name the line is aimed at; null for any partner. */
  target: BilingualText | null
  text: BilingualText
}

/** One item as the document shows it, by how its kind is printed. */
export type PreviewBlock =
  | (BlockBase & { type: 'numbered'; number: number; text: BilingualText })
  | (BlockBase & { type: 'irritant'; title: BilingualText; context: BilingualText; lines: PreviewLine[] })
  | (BlockBase & {
      type: 'titled'
      title: BilingualText
      body: BilingualText
      facts: KeyFact[]
      /** A profile's figures in the annexes, as placed; empty elsewhere. */
      figures: FigureSeries[]
    })
  | (BlockBase & { type: 'paragraph'; text: BilingualText; bullet: boolean })

export interface PreviewDetails {
  date: string
  time: string
  place: BilingualText
  format: Brief['meeting']['format']
  partners: BilingualText[]
  marking: Marking
  objectives: BilingualText
}

export interface PreviewSection {
  id: string
  kind: SectionKindName
  title: BilingualText
  /** The meeting details table and objectives, for the meeting-details section. */
  details: PreviewDetails | null
  /** Who sits at the table, for the participants section. */
  participants: { canada: Participant[]; partner: Participant[] } | null
  blocks: PreviewBlock[]
}

export interface PreviewModel {
  title: BilingualText
  marking: Marking
  /** The columns: one language, or English then French side by side. */
  languages: readonly Language[]
  sections: PreviewSection[]
  /** Logistics, run of show and agenda positions, after the details (preview-plan-model.ts). */
  plan: PreviewPlan
}

const EMPTY: BilingualText = { en: '', fr: '' }

function flagsOf(resolved: ResolvedItem, today: string): BlockFlags {
  return {
    edited: resolved.edited,
    outOfDate: resolved.newerLibraryText !== null,
    missing: resolved.missing,
    reviewOverdue: resolved.library !== null && reviewState(resolved.library.reviewBy, today) === 'overdue'
  }
}

function placedVersionOf<T>(resolved: ResolvedItem): T | null {
  const item = resolved.briefItem
  if (!resolved.library || item.type !== 'library') return null
  return (atVersion(resolved.library, item.placedVersion) ?? resolved.library) as T
}

function blockFor(
  resolved: ResolvedItem,
  kind: SectionKindName,
  next: () => number,
  today: string,
  lookup: LibraryLookup
): PreviewBlock {
  const base = { itemId: resolved.briefItem.id, flags: flagsOf(resolved, today) }
  if (kind === 'key-messages' || resolved.kind === 'keyMessage') {
    return { ...base, type: 'numbered', number: next(), text: resolved.text }
  }
  if (resolved.kind === 'irritant') {
    // Each line in the brief is one "If raised" paragraph, whatever blank lines its text holds;
    // a line left out is not printed.
    const [context, ...lines] = resolved.rows ?? []
    return {
      ...base,
      type: 'irritant',
      title: resolved.title,
      context: context?.text ?? EMPTY,
      lines: lines
        .filter((line) => line.included)
        .map((line) => ({
          lineId: line.lineId,
          target: line.partnerId === null ? null : (lookup('partner', line.partnerId)?.name ?? null),
          text: line.text
        }))
    }
  }
  if (resolved.kind === 'partner' || resolved.kind === 'backgroundNote') {
    const partner = resolved.kind === 'partner' && kind === 'annexes' ? placedVersionOf<Partner>(resolved) : null
    return {
      ...base,
      type: 'titled',
      title: resolved.title,
      body: resolved.text,
      facts: partner?.keyFacts ?? [],
      figures: partner?.figures ?? NO_FIGURES
    }
  }
  return { ...base, type: 'paragraph', text: resolved.text, bullet: kind === 'their-objectives' }
}

function sectionFor(
  section: BriefSection,
  brief: Brief,
  lookup: LibraryLookup,
  today: string,
  resolve: Resolve
): PreviewSection {
  let counter = 0
  const next = () => ++counter
  const blocks = section.items.map((item) =>
    blockFor(resolve(item, lookup, brief.partnerIds), section.kind, next, today, lookup)
  )
  const details: PreviewDetails | null =
    section.kind === 'meeting-details'
      ? {
          ...brief.meeting,
          partners: brief.partnerIds.map((id) => lookup('partner', id)?.name ?? { en: id, fr: id }),
          marking: brief.marking,
          objectives: brief.objectives
        }
      : null
  return {
    id: section.id,
    kind: section.kind,
    title: section.title,
    details,
    participants: section.kind === 'participants' ? brief.participants : null,
    blocks
  }
}

/**
 * The preview of a brief: its title, marking, columns, and each section's blocks in order.
 * Key messages are numbered from 1 in each section. `resolve` may be a cache (see
 * resolve-cache.ts); the plain rule is used when none is given.
 */
export function buildPreviewModel(
  brief: Brief,
  lookup: LibraryLookup,
  today: string,
  resolve: Resolve = resolveItem
): PreviewModel {
  return {
    title: brief.title,
    marking: brief.marking,
    languages: COLUMNS[brief.language],
    sections: brief.sections.map((section) => sectionFor(section, brief, lookup, today, resolve)),
    plan: previewPlan(brief)
  }
}
