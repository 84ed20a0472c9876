import { z } from 'zod'
import { alignedSchema, bilingualTextSchema } from './languages'
import type { BilingualText } from './languages'
import { timeOfDaySchema } from './dates'
import { deferred } from './deferred-schema'

// The parts of a brief that plan the meeting itself rather than what is said in it: the run of
// show (scenario) with the opening remarks, logistics and protocol, and Canada's position on each
// agenda item. Each is optional on the brief (data version 6): absent, the brief does not carry
// that part; present, the composer edits it and the Word file prints what is filled in. Which
// parts a new brief starts with is the template's choice (resources/brief-templates.json).

/** The parts a brief may carry, in the order the Word file prints them. */
export const PLAN_BLOCKS = ['logistics', 'runOfShow', 'agenda'] as const
export const planBlockSchema = z.enum(PLAN_BLOCKS)
export type PlanBlock = z.infer<typeof planBlockSchema>

const shortText = z.string().max(500, 'Keep this under 500 characters.')

/** A short text typed once per meeting, in both languages; it keeps its translation record like any text. */
const shortBilingual = z.object({ en: shortText, fr: shortText, aligned: alignedSchema.optional() })

/** Minutes, or null while not known. A day is the most any meeting or step lasts. */
const minutesSchema = z.number().int().min(1).max(1440).nullable()

/** One moment of the run of show: when (a time of day, or empty), for how long, what happens, who does it. */
export const runOfShowStepSchema = deferred(() =>
  z.object({
    time: timeOfDaySchema,
    minutes: minutesSchema,
    what: shortBilingual,
    who: shortBilingual
  })
)
export type RunOfShowStep = z.infer<typeof runOfShowStepSchema>

/** The scenario of the meeting, step by step, and the remarks Canada opens with. */
export const runOfShowSchema = deferred(() =>
  z.object({
    openingRemarks: bilingualTextSchema,
    steps: z.array(runOfShowStepSchema).max(100, 'Keep at most 100 steps in a run of show.')
  })
)
export type RunOfShow = z.infer<typeof runOfShowSchema>

export const INTERPRETATION_MODES = ['none', 'consecutive', 'simultaneous'] as const
export const MEDIA_KINDS = ['none', 'photo-op', 'pool', 'press-availability'] as const

/** A name the principal must say right, and how it sounds to a reader of each language. */
export const pronunciationSchema = deferred(() => z.object({ name: shortText, sayAs: shortBilingual }))
export type Pronunciation = z.infer<typeof pronunciationSchema>

/**
 * Logistics and protocol. Null choices are not yet known and are not printed. `forum` names the
 * event a side meeting is held on the margins of; `setting` says where and how (a bilateral room,
 * a pull-aside in the plenary hall).
 */
export const logisticsSchema = deferred(() =>
  z.object({
    durationMinutes: minutesSchema,
    forum: shortBilingual,
    setting: shortBilingual,
    interpretation: z.object({ mode: z.enum(INTERPRETATION_MODES).nullable(), languages: shortBilingual }),
    media: z.object({ kind: z.enum(MEDIA_KINDS).nullable(), notes: shortBilingual }),
    gifts: z.object({ exchange: z.boolean().nullable(), notes: shortBilingual }),
    pronunciations: z.array(pronunciationSchema).max(100, 'Keep at most 100 names to pronounce.')
  })
)
export type Logistics = z.infer<typeof logisticsSchema>

/** An item on a multilateral agenda: its title, Canada's position on it, and what Canada wants from it. */
export const agendaItemSchema = deferred(() =>
  z.object({
    title: shortBilingual,
    position: bilingualTextSchema,
    objective: bilingualTextSchema
  })
)
export type AgendaItem = z.infer<typeof agendaItemSchema>

export const agendaSchema = deferred(() => z.array(agendaItemSchema).max(50, 'Keep at most 50 agenda items.'))

/** The brief's fields for these parts, all optional so briefs saved before them stay valid. */
export const meetingPlanShape = deferred(() => ({
  runOfShow: runOfShowSchema.optional(),
  logistics: logisticsSchema.optional(),
  agenda: agendaSchema.optional()
}))

const none = (): BilingualText => ({ en: '', fr: '' })

/** An empty step, as "Add a step" creates it. */
export function emptyStep(): RunOfShowStep {
  return { time: '', minutes: null, what: none(), who: none() }
}

/** An empty agenda item. */
export function emptyAgendaItem(): AgendaItem {
  return { title: none(), position: none(), objective: none() }
}

/** An empty name to pronounce. */
export function emptyPronunciation(): Pronunciation {
  return { name: '', sayAs: none() }
}

/** Each part as a brief starts it: nothing filled in. */
export function emptyPlanBlock<B extends PlanBlock>(block: B): PlanValues[B] {
  const values: PlanValues = {
    runOfShow: { openingRemarks: none(), steps: [] },
    logistics: {
      durationMinutes: null,
      forum: none(),
      setting: none(),
      interpretation: { mode: null, languages: none() },
      media: { kind: null, notes: none() },
      gifts: { exchange: null, notes: none() },
      pronunciations: []
    },
    agenda: []
  }
  return values[block]
}

export interface PlanValues {
  runOfShow: RunOfShow
  logistics: Logistics
  agenda: AgendaItem[]
}

/** The parts a template starts a brief with, each empty. */
export function startingPlan(blocks: readonly PlanBlock[] | undefined): Partial<PlanValues> {
  const plan: Partial<PlanValues> = {}
  for (const block of blocks ?? []) (plan as Record<PlanBlock, unknown>)[block] = emptyPlanBlock(block)
  return plan
}

// What the Word file and the preview print of each part: only what is filled in.

const filled = (value: BilingualText): boolean => value.en.trim() !== '' || value.fr.trim() !== ''

/** True when nothing of the logistics is filled in: the part is not printed. */
export function isBlankLogistics(logistics: Logistics): boolean {
  const { interpretation, media, gifts } = logistics
  return (
    logistics.durationMinutes === null &&
    !filled(logistics.forum) &&
    !filled(logistics.setting) &&
    interpretation.mode === null &&
    !filled(interpretation.languages) &&
    media.kind === null &&
    !filled(media.notes) &&
    gifts.exchange === null &&
    !filled(gifts.notes) &&
    logistics.pronunciations.every((entry) => entry.name.trim() === '')
  )
}

/** The steps of a run of show with something written in them. */
export function printedSteps(runOfShow: RunOfShow): RunOfShowStep[] {
  return runOfShow.steps.filter(
    (step) => step.time !== '' || step.minutes !== null || filled(step.what) || filled(step.who)
  )
}

/** The agenda items with something written in them. */
export function printedAgenda(agenda: readonly AgendaItem[]): AgendaItem[] {
  return agenda.filter((item) => filled(item.title) || filled(item.position) || filled(item.objective))
}
