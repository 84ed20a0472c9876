import type { Language } from '@shared/languages'
import type { INTERPRETATION_MODES, MEDIA_KINDS } from '@shared/meeting-plan'

// The fixed words of the run of show, logistics and agenda parts, in both official languages,
// kept beside words.ts so a translator reviews them together. French follows Government of
// Canada usage in briefing notes.

type Mode = (typeof INTERPRETATION_MODES)[number]
type Media = (typeof MEDIA_KINDS)[number]

const en = {
  logistics: 'Logistics and protocol',
  duration: 'Duration',
  forum: 'On the margins of',
  setting: 'Setting',
  interpretation: 'Interpretation',
  media: 'Media',
  gifts: 'Gifts',
  pronunciation: 'Pronunciation of names',
  runOfShow: 'Run of show',
  openingRemarks: 'Opening remarks',
  stepTime: 'Time',
  stepWhat: 'What happens',
  stepWho: 'Who',
  agenda: 'Agenda items and Canada’s positions',
  position: 'Canada’s position:',
  objective: 'Objective:',
  giftsExpected: 'An exchange of gifts is expected.',
  noGifts: 'No exchange of gifts.',
  modes: { none: 'None', consecutive: 'Consecutive', simultaneous: 'Simultaneous' } satisfies Record<Mode, string>,
  mediaKinds: {
    none: 'No media',
    'photo-op': 'Photo opportunity',
    pool: 'Pool (a few journalists and cameras)',
    'press-availability': 'Press availability'
  } satisfies Record<Media, string>,
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
  hours: (n: number) => (n === 1 ? '1 hour' : `${n} hours`)
}

export type PlanWords = typeof en

const fr: PlanWords = {
  logistics: 'Logistique et protocole',
  duration: 'Durée',
  forum: 'En marge de',
  setting: 'Lieu et disposition',
  interpretation: 'Interprétation',
  media: 'Médias',
  gifts: 'Cadeaux',
  pronunciation: 'Prononciation des noms',
  runOfShow: 'Déroulement',
  openingRemarks: 'Mot d’ouverture',
  stepTime: 'Heure',
  stepWhat: 'Activité',
  stepWho: 'Intervenants',
  agenda: 'Points à l’ordre du jour et positions du Canada',
  position: 'Position du Canada :',
  objective: 'Objectif :',
  giftsExpected: 'Un échange de cadeaux est prévu.',
  noGifts: 'Aucun échange de cadeaux.',
  modes: { none: 'Aucune', consecutive: 'Consécutive', simultaneous: 'Simultanée' },
  mediaKinds: {
    none: 'Aucune présence des médias',
    'photo-op': 'Séance de photos',
    pool: 'Pool de presse (quelques journalistes et caméras)',
    'press-availability': 'Point de presse'
  },
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
  hours: (n: number) => (n === 1 ? '1 heure' : `${n} heures`)
}

/** The plan's words in one language. */
export const PLAN_WORDS: Record<Language, PlanWords> = { en, fr }

/** "45 minutes", "1 hour 30 minutes" / "1 heure 30 minutes". */
export function duration(minutes: number, language: Language): string {
  const words = PLAN_WORDS[language]
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return words.minutes(rest)
  return rest === 0 ? words.hours(hours) : `${words.hours(hours)} ${words.minutes(rest)}`
}
