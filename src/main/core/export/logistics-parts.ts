import { Paragraph } from 'docx'
import { isBlankLogistics } from '@shared/meeting-plan'
import type { Logistics } from '@shared/meeting-plan'
import type { BilingualText, Language } from '@shared/languages'
import { cleanLine } from './clean-text'
import { heading, tagged } from './paragraphs'
import type { HeadingDepth } from './paragraphs'
import { contentWidth, paired } from './parts'
import type { Part } from './parts'
import { duration, PLAN_WORDS } from './plan-words'
import type { PlanWords } from './plan-words'
import { runsOf } from './runs'
import type { Span } from './runs'
import { labelValueTable } from './tables'
import type { RenderContext } from './types'
import { mainLanguage } from './types'

// Logistics and protocol as a department's brief prints them: a table of what the principal
// must know before walking in (how long, where, interpretation, media, gifts, how to say the
// names), in the brief's language, side by side when bilingual. A row not filled in is left out,
// and the whole table when nothing is.

type RowKey = 'duration' | 'forum' | 'setting' | 'interpretation' | 'media' | 'gifts' | 'pronunciation'

const filled = (value: BilingualText): boolean => value.en.trim() !== '' || value.fr.trim() !== ''

/** One line of a cell in one language; null for a text left empty in both. */
function text(value: BilingualText, language: Language): Span | null {
  if (!filled(value)) return null
  const line = tagged(value, language)
  return { ...line, text: cleanLine(line.text) }
}

function rowsFor(logistics: Logistics, nameLanguage: Language, language: Language): { key: RowKey; lines: Span[][] }[] {
  const words: PlanWords = PLAN_WORDS[language]
  const word = (value: string): Span => ({ text: value, language })
  const lines = (...spans: (Span | null)[]): Span[][] => spans.flatMap((span) => (span ? [[span]] : []))
  const { interpretation, media, gifts } = logistics
  const mode = interpretation.mode === null ? null : word(words.modes[interpretation.mode])
  const languages = text(interpretation.languages, language)
  return [
    {
      key: 'duration' as const,
      lines: lines(logistics.durationMinutes === null ? null : word(duration(logistics.durationMinutes, language)))
    },
    { key: 'forum' as const, lines: lines(text(logistics.forum, language)) },
    { key: 'setting' as const, lines: lines(text(logistics.setting, language)) },
    {
      key: 'interpretation' as const,
      // "Consecutive (English and Spanish)": the mode, then the languages it works between.
      lines:
        mode && languages && interpretation.mode !== 'none'
          ? [[mode, word(' ('), languages, word(')')]]
          : lines(mode ?? languages)
    },
    {
      key: 'media' as const,
      lines: lines(media.kind === null ? null : word(words.mediaKinds[media.kind]), text(media.notes, language))
    },
    {
      key: 'gifts' as const,
      lines: lines(
        gifts.exchange === null ? null : word(gifts.exchange ? words.giftsExpected : words.noGifts),
        text(gifts.notes, language)
      )
    },
    {
      key: 'pronunciation' as const,
      // A name is neither English nor French: tagged as the page is; how to say it is in the column's language.
      lines: logistics.pronunciations
        .filter((entry) => entry.name.trim() !== '')
        .map((entry) => {
          const sayAs = text(entry.sayAs, language)
          const name: Span = { text: cleanLine(entry.name), language: nameLanguage, bold: true }
          return sayAs ? [name, word(language === 'fr' ? ' : ' : ': '), sayAs] : [name]
        })
    }
  ].filter((row) => row.lines.length > 0)
}

/** The logistics table under its heading; nothing when none of it is filled in. */
export function logisticsParts(logistics: Logistics | undefined, ctx: RenderContext, depth: HeadingDepth): Part[] {
  if (!logistics || isBlankLogistics(logistics)) return []
  return [
    paired(ctx, (language) => [heading(depth, [{ text: PLAN_WORDS[language].logistics, language }])], 'with-next'),
    paired(
      ctx,
      (language) => [
        labelValueTable(
          rowsFor(logistics, mainLanguage(ctx.exportLanguage), language).map((row) => ({
            label: [{ text: PLAN_WORDS[language][row.key], language }],
            value: row.lines.map((spans) => new Paragraph({ children: runsOf(spans) }))
          })),
          contentWidth(ctx)
        )
      ],
      'together'
    )
  ]
}
