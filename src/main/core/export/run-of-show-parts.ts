import { printedSteps } from '@shared/meeting-plan'
import type { RunOfShow, RunOfShowStep } from '@shared/meeting-plan'
import type { BilingualText, Language } from '@shared/languages'
import { cleanLine } from './clean-text'
import { timeOfDay } from './format-date'
import { body, heading, tagged } from './paragraphs'
import type { HeadingDepth } from './paragraphs'
import { contentWidth, paired, pairedText } from './parts'
import type { Part } from './parts'
import { duration, PLAN_WORDS } from './plan-words'
import type { Span } from './runs'
import { listTable } from './tables'
import type { RenderContext } from './types'

// The run of show (scenario) as a department prints it: a table of the meeting's moments, when,
// what happens and who does it, then the remarks Canada opens with. Steps with nothing written
// are left out; so is the whole part when nothing is filled in.

const filled = (value: BilingualText): boolean => value.en.trim() !== '' || value.fr.trim() !== ''

function cellText(value: BilingualText, language: Language): Span[] {
  if (!filled(value)) return []
  const text = tagged(value, language)
  return [{ ...text, text: cleanLine(text.text) }]
}

/**
 * "10:00 (5 min)" / "10 h (5 min)": the time of day and how long the step lasts, as far as known;
 * "min" is the symbol in both languages and keeps the narrow column on one line.
 */
function whenText(step: RunOfShowStep, language: Language): string {
  const time = step.time === '' ? '' : timeOfDay(step.time, language)
  const length =
    step.minutes === null ? '' : step.minutes < 60 ? `${step.minutes} min` : duration(step.minutes, language)
  if (time !== '' && length !== '') return `${time} (${length})`
  return time || length
}

function stepsTable(steps: readonly RunOfShowStep[], ctx: RenderContext, language: Language) {
  const words = PLAN_WORDS[language]
  const width = contentWidth(ctx)
  // Side by side, a column is half the page: the time and who columns need a larger share of it.
  const narrow = ctx.languages.length > 1
  const timeWidth = Math.round(width * (narrow ? 0.25 : 0.2))
  const whoWidth = Math.round(width * (narrow ? 0.33 : 0.3))
  return listTable(
    [words.stepTime, words.stepWhat, words.stepWho].map((text) => [{ text, language }]),
    steps.map((step) => ({
      cells: [
        [{ text: whenText(step, language), language }],
        cellText(step.what, language),
        cellText(step.who, language)
      ]
    })),
    [timeWidth, width - timeWidth - whoWidth, whoWidth]
  )
}

/** The run of show under its heading, then the opening remarks; nothing when neither is written. */
export function runOfShowParts(runOfShow: RunOfShow | undefined, ctx: RenderContext, depth: HeadingDepth): Part[] {
  if (!runOfShow) return []
  const steps = printedSteps(runOfShow)
  const remarks = filled(runOfShow.openingRemarks)
  if (steps.length === 0 && !remarks) return []
  const title = (key: 'runOfShow' | 'openingRemarks', level: HeadingDepth) =>
    paired(ctx, (language) => [heading(level, [{ text: PLAN_WORDS[language][key], language }])], 'with-next')
  return [
    title('runOfShow', depth),
    // A short scenario stays whole on one page (side by side, a table split across pages would
    // leave its header alone at the foot of one); a long one may break between its rows.
    ...(steps.length > 0
      ? [paired(ctx, (language) => [stepsTable(steps, ctx, language)], steps.length <= 10 ? 'together' : 'free')]
      : []),
    ...(remarks
      ? [
          title('openingRemarks', Math.min(4, depth + 1) as HeadingDepth),
          ...pairedText(ctx, runOfShow.openingRemarks, (text) => body(text, ctx.nextList))
        ]
      : [])
  ]
}
