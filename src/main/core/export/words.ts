import type { MEETING_FORMATS } from '@shared/entities'
import type { ExportLanguage } from './types'
import type { Language } from '@shared/languages'
import type { Topic } from '@shared/topics'
import { nestedInParentheses } from '@shared/irritant-rows'

// Every word the export prints that does not come from the library or the brief, in both
// official languages, in one place so a translator reviews one file. French follows Canadian
// usage: "h" in times, lowercase months; typography.ts sets the spaces and apostrophes of every
// run, these words included.

type MeetingFormat = (typeof MEETING_FORMATS)[number]

const en = {
  date: 'Date',
  time: 'Time',
  place: 'Place',
  format: 'Format',
  partners: 'Partners',
  marking: 'Marking',
  language: 'Language',
  objectives: 'Objectives',
  approval: 'Approval',
  preparedBy: 'Prepared by',
  consulted: 'Consulted',
  approvedBy: 'Approved by',
  approvedOn: 'Approved on',
  trackingNumber: 'Tracking number',
  cardKeyMessages: 'Key messages',
  cardIfRaised: 'If raised',
  cardCounterparts: 'Across the table',
  cardWith: (names: readonly string[]) => `With ${names.join(', ')}`,
  telephone: 'Tel.',
  toBeConfirmed: 'To be confirmed',
  nameToBeConfirmed: 'Name to be confirmed',
  ifRaised: 'If raised:',
  ifRaisedBy: (partner: string) => `If raised by ${partner}:`,
  contents: 'Contents',
  canada: 'Canada',
  partner: 'Partner',
  name: 'Name',
  title: 'Title',
  organization: 'Organization',
  keyFacts: 'Key facts',
  figures: 'Figures',
  figureYear: 'Year',
  figureCount: 'Number',
  figurePercent: 'Rate',
  figureSource: 'Source',
  figureAsOf: 'As of',
  biographies: 'Biographies',
  page: 'Page ',
  pageOf: ' of ',
  exported: 'Exported ',
  meetings: 'Meetings',
  meeting: 'Meeting',
  tripPackage: 'Trip package',
  subject: (date: string, partners: string) =>
    partners === '' ? `Meeting on ${date}` : `Meeting on ${date} with ${partners}`,
  description: 'Meeting brief exported from Dossier',
  packageDescription: 'Trip package of meeting briefs exported from Dossier',
  dateRange: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
  formats: {
    bilateral: 'Bilateral meeting',
    multilateral: 'Multilateral meeting',
    'courtesy-call': 'Courtesy call',
    'forum-side-meeting': 'Meeting on the margins of a forum'
  } satisfies Record<MeetingFormat, string>,
  languages: {
    en: 'English',
    fr: 'French',
    bilingual: 'English and French, side by side'
  } satisfies Record<ExportLanguage, string>,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
  ],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  topics: {
    'border-management': 'Border management',
    asylum: 'Asylum',
    'refugee-resettlement': 'Refugee resettlement',
    'irregular-migration-returns': 'Irregular migration and returns',
    'international-students': 'International students',
    'temporary-foreign-workers': 'Temporary foreign workers',
    'youth-mobility': 'Youth mobility (International Experience Canada)',
    'capacity-building': 'Capacity building',
    'crisis-response': 'Crisis response',
    'climate-mobility': 'Climate mobility',
    'information-sharing': 'Information sharing',
    visas: 'Visas',
    'multilateral-governance': 'Multilateral governance',
    'francophone-immigration': 'Francophone immigration',
    'national-security': 'National security',
    'migration-narrative': 'Migration narrative'
  } satisfies Record<Topic, string>
}

export type Words = typeof en

const fr: Words = {
  date: 'Date',
  time: 'Heure',
  place: 'Lieu',
  format: 'Format',
  partners: 'Partenaires',
  marking: 'Marque de sécurité',
  language: 'Langue',
  objectives: 'Objectifs',
  approval: 'Approbation',
  preparedBy: 'Préparée par',
  consulted: 'Consultations',
  approvedBy: 'Approuvée par',
  approvedOn: 'Approuvée le',
  trackingNumber: 'Numéro de suivi',
  cardKeyMessages: 'Messages clés',
  cardIfRaised: 'Si la question est soulevée',
  cardCounterparts: 'Interlocuteurs',
  // A partner's name takes its article in French (avec le Mexique, avec la France): a label reads right for all.
  cardWith: (names: readonly string[]) =>
    `${names.length > 1 ? 'Partenaires' : 'Partenaire'}\u00a0: ${names.join(', ')}`,
  telephone: 'Tél.',
  toBeConfirmed: 'À confirmer',
  nameToBeConfirmed: 'Nom à confirmer',
  ifRaised: 'Si la question est soulevée :',
  // Partner names carry no article ("Mexique"), so the name follows in parentheses.
  ifRaisedBy: (partner: string) => `Si la question est soulevée (${nestedInParentheses(partner)}) :`,
  contents: 'Table des matières',
  canada: 'Canada',
  partner: 'Partenaire',
  name: 'Nom',
  title: 'Titre',
  organization: 'Organisation',
  keyFacts: 'Faits saillants',
  figures: 'Données chiffrées',
  figureYear: 'Année',
  figureCount: 'Nombre',
  figurePercent: 'Taux',
  figureSource: 'Source',
  figureAsOf: 'En date du',
  biographies: 'Notices biographiques',
  page: 'Page ',
  pageOf: ' de ',
  exported: 'Exporté le ',
  meetings: 'Rencontres',
  meeting: 'Rencontre',
  tripPackage: 'Trousse de voyage',
  // Partner names carry no article ("Mexique"), so they follow in parentheses rather than after "avec".
  subject: (date: string, partners: string) =>
    partners === '' ? `Rencontre du ${date}` : `Rencontre du ${date} (${partners})`,
  description: 'Note de breffage exportée de Dossier',
  packageDescription: 'Trousse de notes de breffage exportée de Dossier',
  dateRange: (from: string, to: string) => (from === to ? from : `Du ${from} au ${to}`),
  formats: {
    bilateral: 'Rencontre bilatérale',
    multilateral: 'Réunion multilatérale',
    'courtesy-call': 'Visite de courtoisie',
    'forum-side-meeting': 'Rencontre en marge d’un forum'
  },
  languages: {
    en: 'Anglais',
    fr: 'Français',
    bilingual: 'Anglais et français, côte à côte'
  },
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre'
  ],
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  topics: {
    'border-management': 'Gestion des frontières',
    asylum: 'Asile',
    'refugee-resettlement': 'Réinstallation des réfugiés',
    'irregular-migration-returns': 'Migration irrégulière et retours',
    'international-students': 'Étudiants étrangers',
    'temporary-foreign-workers': 'Travailleurs étrangers temporaires',
    'youth-mobility': 'Mobilité des jeunes (Expérience internationale Canada)',
    'capacity-building': 'Renforcement des capacités',
    'crisis-response': 'Intervention en cas de crise',
    'climate-mobility': 'Mobilité climatique',
    'information-sharing': 'Échange de renseignements',
    visas: 'Visas',
    'multilateral-governance': 'Gouvernance multilatérale',
    'francophone-immigration': 'Immigration francophone',
    'national-security': 'Sécurité nationale',
    'migration-narrative': 'Discours sur la migration'
  }
}

/** The export's words in one language. */
export const WORDS: Record<Language, Words> = { en, fr }

/** Words whose value is a plain string, the ones that can be printed as a label. */
export type WordKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words]
