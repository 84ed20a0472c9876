// 2: library items carry a source. Older Dossiers refuse version 2 folders instead of silently
// dropping the sources on their next save.
// 3: meeting fields bilingual: a brief's place and its participants' titles and organizations
// carry English and French, so a French document prints no English (migrations/bilingual-meeting-fields.ts).
// Also from 3: any bilingual text may carry `aligned`, the record of what its two languages said
// when they last matched (shared/translation.ts); absent means in step, so no step adds it, and
// older Dossiers refusing version 3 cannot drop it on a save.

// 4: an irritant in a brief holds its context and each responsive line as rows, each with its
// own copy and each line in or left out (migrations/irritant-rows.ts).

// 5: a brief may carry its approval stage, its history and an approval block; a key message
// and a responsive line may carry a short form for the pocket card (migrations/brief-approval.ts:
// nothing to rewrite).

/** The data version this build writes; files carrying an older one are upgraded by migrations. */
// 6: the meeting cycle: records of discussion and their commitments (records.json), partner
// figures, and a brief's run of show, logistics and agenda positions (migrations/meeting-cycle.ts:
// nothing to rewrite).

export const SCHEMA_VERSION = 6
