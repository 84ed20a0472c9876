import { briefSchema } from '@shared/entities'
import type { Brief } from '@shared/entities'
import { defaultLibrary } from './fixtures'

// Whatever an officer types or pastes: markup characters, emoji, accents, right-to-left names,
// tabs, line breaks, a very long paragraph, control characters from a bad paste.

export const MARKUP = `Ministers <&> "quotes" 'apostrophes' </w:t>]]>`
export const EMOJI = 'Canada 🇨🇦 welcomes 👋🏽 the delegation'
export const ACCENTS = 'Çà et là : élève, naïveté, Noël, œuvre, « guillemets »'
export const RTL = 'Meeting with مريم and שלום today'
export const TABS = 'Item\tOwner\tDue'
export const LINES = 'First line\nSecond line'
export const LONG = `${'Long paragraph text. '.repeat(1_000)}`.slice(0, 20_000)
export const CONTROLS = 'bad\u0001char\u0007s\u001F here\uFFFE\uD800'

const { mexico } = defaultLibrary()

/** A brief whose every text is one of the above, plus hostile participants and an empty section. */
export function hostileBrief(): Brief {
  const text = (id: string, value: string) => ({ type: 'text', id, text: { en: value, fr: `${value} (fr)` } })
  return briefSchema.parse({
    ...mexico,
    id: 'brief-hostile',
    title: { en: `Brief <&> "test" 🇨🇦 ${'\u0002'}`, fr: 'Note « test » <&> 🇨🇦' },
    meeting: { ...mexico.meeting, place: { en: 'Tab\there & <there>', fr: 'Tab\tlà & <là>' } },
    participants: {
      canada: [
        {
          name: `Dr. O'Brien & "Sons" <ltd>`,
          title: { en: 'Chief\tof staff', fr: 'Chef\tde cabinet' },
          organization: { en: 'IRCC', fr: 'IRCC' },
          personId: null
        }
      ],
      partner: [
        {
          name: 'مريم العلي',
          title: { en: 'שלום כהן', fr: 'שלום כהן' },
          organization: { en: 'UNHCR 🇺🇳', fr: 'HCR 🇺🇳' },
          personId: null
        }
      ]
    },
    sections: [
      {
        id: 'sec-hostile',
        kind: 'custom',
        title: { en: 'Hostile <text> & more', fr: 'Texte « hostile »' },
        items: [
          text('item-markup', MARKUP),
          text('item-emoji', EMOJI),
          text('item-accents', ACCENTS),
          text('item-rtl', RTL),
          text('item-tabs', TABS),
          text('item-lines', LINES),
          text('item-long', LONG),
          text('item-controls', CONTROLS)
        ]
      },
      { id: 'sec-empty', kind: 'background', title: { en: 'Empty section', fr: 'Section vide' }, items: [] },
      { id: 'sec-people', kind: 'participants', title: { en: 'Participants', fr: 'Participants' }, items: [] }
    ]
  })
}
