import type { BriefSection } from '@shared/entities'
import { commitmentState, recordsForPartner } from '@shared/commitments'
import type { CommitmentState } from '@shared/commitments'
import { pick } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import type { Commitment, MeetingRecord } from '@shared/records'
import { calendarDate } from '../export/format-date'
import { randomId } from '../ids'

// A new brief for a partner starts where the last meetings left off: one paragraph per earlier
// meeting (its date, its record's title and summary), each followed by one per commitment made
// there, with where it stands. They are the brief's own text items, so the officer trims what is not needed.

/** Earlier meetings a new brief recalls; older ones stay in the partner's timeline. */
export const RECALLED_MEETINGS = 5

export const PREVIOUS_MEETINGS_TITLE: BilingualText = {
  en: 'Previous meetings and commitments',
  fr: 'Réunions précédentes et engagements'
}

const STATE_WORDS: Record<Language, Record<CommitmentState, string>> = {
  en: { open: 'Open', overdue: 'Overdue', done: 'Done' },
  fr: { open: 'En cours', overdue: 'En retard', done: 'Réalisé' }
}

const SIDE_WORDS: Record<Language, Record<Commitment['side'], string>> = {
  en: { canada: 'Canada', partner: 'Counterpart' },
  fr: { canada: 'Canada', partner: 'Interlocuteur' }
}

const both = (make: (language: Language) => string): BilingualText => ({ en: make('en'), fr: make('fr') })
const inLanguage = (text: BilingualText, language: Language): string => pick(text, language).trim()

function meetingLine(record: MeetingRecord, language: Language): string {
  const summary = inLanguage(record.summary, language)
  const head = `**${calendarDate(record.meeting.date, language)}: ${inLanguage(record.title, language)}**`
  return summary === '' ? head : `${head}\n${summary}`
}

function commitmentLine(commitment: Commitment, today: string, language: Language): string {
  const state = STATE_WORDS[language][commitmentState(commitment, today)]
  const who = [SIDE_WORDS[language][commitment.side], commitment.owner.trim()].filter(Boolean).join(', ')
  const due =
    commitment.due === ''
      ? ''
      : language === 'en'
        ? `, due ${calendarDate(commitment.due, 'en')}`
        : `, échéance : ${calendarDate(commitment.due, 'fr')}`
  const colon = language === 'en' ? ':' : ' :'
  return `- ${state} (${who}${due})${colon} ${inLanguage(commitment.text, language)}`
}

/**
 * The "Previous meetings and commitments" section for a new brief with these partners, or null
 * when none of them has a record yet.
 */
export function previousMeetingsSection(
  partnerIds: readonly string[],
  records: readonly MeetingRecord[],
  today: string
): BriefSection | null {
  const recalled = new Map<string, MeetingRecord>()
  for (const partnerId of partnerIds) {
    for (const record of recordsForPartner(records, partnerId)) recalled.set(record.id, record)
  }
  const newestFirst = [...recalled.values()]
    .sort((a, b) => b.meeting.date.localeCompare(a.meeting.date) || b.meeting.time.localeCompare(a.meeting.time))
    .slice(0, RECALLED_MEETINGS)
  if (newestFirst.length === 0) return null
  const item = (text: BilingualText) => ({ type: 'text' as const, id: randomId('item'), text })
  const items = newestFirst.flatMap((record) => [
    item(both((language) => meetingLine(record, language))),
    ...record.commitments.map((commitment) => item(both((language) => commitmentLine(commitment, today, language))))
  ])
  return { id: randomId('sec'), kind: 'previous-meetings', title: { ...PREVIOUS_MEETINGS_TITLE }, items }
}
