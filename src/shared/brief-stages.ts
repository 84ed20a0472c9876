import type { Brief, BriefStage } from './entities'

// A brief's approval, for the main process that moves it and the window that offers the moves.

/** Where a brief is in its approval; one never sent for review has no stage: it is a draft. */
export function stageOf(brief: Pick<Brief, 'stage'>): BriefStage {
  return brief.stage ?? 'draft'
}

/**
 * The moves each stage allows: a draft goes for review; a brief in review is approved or taken
 * back to draft; an approved brief is reopened, back to draft.
 */
export const NEXT_STAGES: Record<BriefStage, readonly BriefStage[]> = {
  draft: ['in-review'],
  'in-review': ['approved', 'draft'],
  approved: ['draft']
}
