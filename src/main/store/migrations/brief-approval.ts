import type { Migration } from './index'

// Data version 5: a brief may carry its approval stage, the history of its steps and an approval
// block, and a key message or a responsive line a short form for the pocket card (entities.ts).
// All are optional, so no file changes; the version goes up so that an older Dossier refuses
// these files instead of dropping an approval or a short form on its next save.

/** 4 -> 5: nothing to rewrite; a brief without a stage is a draft. */
export const briefApprovalStep: Migration = { from: 4, to: 5, migrate: (data) => data }
