import type { Brief } from '@shared/entities'
import { agendaParts } from './agenda-parts'
import { logisticsParts } from './logistics-parts'
import type { HeadingDepth } from './paragraphs'
import type { Part } from './parts'
import { runOfShowParts } from './run-of-show-parts'
import type { RenderContext } from './types'

/**
 * The brief's plan of the meeting, after its details and objectives: logistics and protocol, the
 * run of show with the opening remarks, Canada's position on each agenda item. Each part prints
 * only when the brief carries it and something of it is filled in.
 */
export function meetingPlanParts(brief: Brief, ctx: RenderContext, depth: HeadingDepth): Part[] {
  return [
    ...logisticsParts(brief.logistics, ctx, depth),
    ...runOfShowParts(brief.runOfShow, ctx, depth),
    ...agendaParts(brief.agenda, ctx, depth)
  ]
}
