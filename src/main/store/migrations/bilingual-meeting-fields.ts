import { guessLanguage } from '@shared/guess-language'
import type { Language } from '@shared/languages'
import type { Migration } from './index'

// Data version 3 made a brief's place and its participants' titles and organizations bilingual:
// a French document printed them in whatever language the officer had typed. A version 2 value
// is one string in a language nobody recorded. Copying it into both languages would claim a
// translation nobody made, and a French export would print English again without a word. So the
// text goes into the language it is most likely written in and the other stays empty: the
// brief's checks then say that translation is missing, and the officer writes it.
//
// Which language: a brief in English or in French was typed in that language unless its texts
// clearly say otherwise; a bilingual brief's texts are read together (one word is too little to
// tell), and when they say too little, English, the language most briefs were typed in.

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

const SIDES = ['canada', 'partner'] as const

function participantsOf(brief: Json): Json[] {
  const participants = isObject(brief.participants) ? brief.participants : {}
  return SIDES.flatMap((side) => {
    const list = participants[side]
    return Array.isArray(list) ? list.filter(isObject) : []
  })
}

function oneLanguageTexts(brief: Json): string[] {
  const meeting = isObject(brief.meeting) ? brief.meeting : {}
  const texts = [meeting.place, ...participantsOf(brief).flatMap((person) => [person.title, person.organization])]
  return texts.filter((text): text is string => typeof text === 'string')
}

function writtenIn(brief: Json): Language {
  const fallback: Language = brief.language === 'fr' ? 'fr' : 'en'
  return guessLanguage(oneLanguageTexts(brief), fallback)
}

function bilingual(value: unknown, language: Language): unknown {
  if (typeof value !== 'string') return value
  return language === 'fr' ? { en: '', fr: value } : { en: value, fr: '' }
}

function upgradeBrief(brief: Json): Json {
  const language = writtenIn(brief)
  const participant = (person: unknown): unknown =>
    isObject(person)
      ? { ...person, title: bilingual(person.title, language), organization: bilingual(person.organization, language) }
      : person
  const participants = isObject(brief.participants) ? brief.participants : null
  return {
    ...brief,
    ...(isObject(brief.meeting)
      ? { meeting: { ...brief.meeting, place: bilingual(brief.meeting.place, language) } }
      : {}),
    ...(participants
      ? {
          participants: Object.fromEntries(
            Object.entries(participants).map(([side, list]) => [
              side,
              Array.isArray(list) ? list.map(participant) : list
            ])
          )
        }
      : {})
  }
}

/** 2 -> 3: a brief's place and participants' titles and organizations become bilingual, the other language empty. */
export const bilingualMeetingFields: Migration = {
  from: 2,
  to: 3,
  migrate(data) {
    // Only brief files hold a `brief`; library, packages and settings files are unchanged.
    if (!isObject(data) || !isObject(data.brief)) return data
    return { ...data, brief: upgradeBrief(data.brief) }
  }
}
