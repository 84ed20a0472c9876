import type { Language } from '@shared/languages'
import type { CommitmentState } from '@shared/commitments'
import type { Commitment } from '@shared/records'

// The words a record of discussion prints that are not the officer's, in both official
// languages (words.ts holds the brief's; a translator reviews the two files together).

const en = {
  summary: 'Summary',
  attendees: 'Attendees',
  pointsDiscussed: 'Points discussed',
  notRaised: 'Not raised:',
  notNoted: 'Not recorded:',
  otherPoints: 'Other points raised by the counterpart',
  commitments: 'Commitments',
  what: 'Commitment',
  who: 'Who',
  byWhen: 'By when',
  status: 'Status',
  noDate: 'No date set',
  keyMessage: 'Key message',
  irritant: 'Irritant',
  description: 'Record of discussion exported from Dossier',
  subject: (date: string, partners: string) =>
    partners === '' ? `Meeting on ${date}` : `Meeting on ${date} with ${partners}`,
  states: { open: 'Open', overdue: 'Overdue', done: 'Done' } satisfies Record<CommitmentState, string>,
  sides: { canada: 'Canada', partner: 'Counterpart' } satisfies Record<Commitment['side'], string>
}

const fr: typeof en = {
  summary: 'Résumé',
  attendees: 'Participants',
  pointsDiscussed: 'Points abordés',
  notRaised: 'Non abordés :',
  notNoted: 'Non consignés :',
  otherPoints: 'Autres points soulevés par l’interlocuteur',
  commitments: 'Engagements',
  what: 'Engagement',
  who: 'Responsable',
  byWhen: 'Échéance',
  status: 'État',
  noDate: 'Aucune date fixée',
  keyMessage: 'Message clé',
  irritant: 'Irritant',
  description: 'Compte rendu exporté de Dossier',
  subject: (date: string, partners: string) =>
    partners === '' ? `Réunion du ${date}` : `Réunion du ${date} avec ${partners}`,
  states: { open: 'En cours', overdue: 'En retard', done: 'Réalisé' },
  sides: { canada: 'Canada', partner: 'Interlocuteur' }
}

export type RecordWords = typeof en
export const RECORD_WORDS: Record<Language, RecordWords> = { en, fr }
