import type { Migration } from './index'

// Data version 6: the meeting cycle. A data folder may hold records of discussion (records.json)
// with the commitments made in them; a partner may carry figures with their sources; a brief may
// carry a run of show, logistics and protocol, and a position per agenda item (entities.ts). All
// are new files or optional fields, so no file changes; the version goes up so that an older
// Dossier refuses these files instead of dropping a record's link, a figure or a run of show on
// its next save.

/** 5 -> 6: nothing to rewrite. */
export const meetingCycleStep: Migration = { from: 5, to: 6, migrate: (data) => data }
