import type { Brief, KeyMessage } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import type { BilingualText } from '@shared/languages'
import type { MeetingRecord, RecordPoint } from '@shared/records'
import { randomId } from '../ids'

const PREFIX: BilingualText = { en: 'Record of discussion', fr: 'Compte rendu' }

/** "Record of discussion: <brief title>" in each language, the other language's title standing in for an empty one. */
function recordTitle(brief: Brief): BilingualText {
  const en = brief.title.en.trim() || brief.title.fr.trim()
  const fr = brief.title.fr.trim() || brief.title.en.trim()
  return { en: `${PREFIX.en}: ${en}`, fr: `${PREFIX.fr} : ${fr}` }
}

/**
 * The points the brief carried into the room, in its order: each key message and irritant once,
 * titled as the library has it now. An item the library no longer holds has nothing to title it
 * and is left out.
 */
function pointsOf(brief: Brief, lookup: LibraryLookup): RecordPoint[] {
  const seen = new Set<string>()
  const points: RecordPoint[] = []
  for (const section of brief.sections) {
    for (const item of section.items) {
      if (item.type !== 'library' || (item.kind !== 'keyMessage' && item.kind !== 'irritant')) continue
      const key = `${item.kind}:${item.itemId}`
      const found = lookup(item.kind, item.itemId) as KeyMessage | undefined
      if (seen.has(key) || !found) continue
      seen.add(key)
      points.push({
        id: randomId('point'),
        kind: item.kind,
        itemId: item.itemId,
        title: { en: found.title.en, fr: found.title.fr },
        raised: 'not-noted',
        notes: { en: '', fr: '' }
      })
    }
  }
  return points
}

/**
 * A record of the meeting a brief was written for, pre-filled from it: the meeting, the people
 * expected (the officer takes out whoever did not come), and every point the brief carried, not
 * yet noted as raised or not.
 */
export function recordFromBrief(brief: Brief, lookup: LibraryLookup, id: string, at: string): MeetingRecord {
  return {
    id,
    briefId: brief.id,
    title: recordTitle(brief),
    language: brief.language,
    marking: brief.marking,
    meeting: structuredClone(brief.meeting),
    partnerIds: [...brief.partnerIds],
    attendees: structuredClone(brief.participants),
    summary: { en: '', fr: '' },
    points: pointsOf(brief, lookup),
    otherPoints: [],
    commitments: [],
    createdAt: at,
    updatedAt: at
  }
}
