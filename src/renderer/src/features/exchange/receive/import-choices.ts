import type { LibraryKind } from '@shared/entities'
import type { BundlePreview, ImportChoice } from '@shared/exchange-inputs'

/** The user's settlement of conflicts so far, keyed `kind:id` as applyImport expects. */
export type Choices = Readonly<Record<string, ImportChoice>>

/** The key of an entry in the choices: `keyMessage:km-visa`. */
export function entryKey(entry: { kind: LibraryKind; id: string }): string {
  return `${entry.kind}:${entry.id}`
}

/** The keys of the entries the user must settle. */
export function conflictKeys(preview: Pick<BundlePreview, 'entries'>): string[] {
  return preview.entries.filter((entry) => entry.status === 'conflict').map(entryKey)
}

/** What applying would do now, as the import counts it. */
export interface ApplySummary {
  /** New items, and theirs kept beside mine. */
  added: number
  /** Items that take the incoming text: updated ones, and conflicts settled as theirs. */
  updated: number
  /** New items from the file (conflicts aside). */
  fresh: number
  /** Items the file updates (conflicts aside). */
  newer: number
  conflicts: number
  settled: number
  unsettled: number
  mine: number
  theirs: number
  both: number
  /** True when applying would write nothing (everything is already here, or every conflict keeps mine). */
  nothingToWrite: boolean
}

/** Counts what applying the preview with these choices would do. */
export function summarize(preview: Pick<BundlePreview, 'entries'>, choices: Choices): ApplySummary {
  const keys = conflictKeys(preview)
  const count = (choice: ImportChoice) => keys.filter((key) => choices[key] === choice).length
  const mine = count('mine')
  const theirs = count('theirs')
  const both = count('both')
  const fresh = preview.entries.filter((entry) => entry.status === 'new').length
  const newer = preview.entries.filter((entry) => entry.status === 'updated').length
  const settled = mine + theirs + both
  return {
    added: fresh + both,
    updated: newer + theirs,
    fresh,
    newer,
    conflicts: keys.length,
    settled,
    unsettled: keys.length - settled,
    mine,
    theirs,
    both,
    nothingToWrite: fresh + newer + theirs + both === 0
  }
}

/** Apply is offered only once every conflict is settled. */
export function canApply(summary: ApplySummary): boolean {
  return summary.unsettled === 0
}

/** The choices as sent: only the conflicts of this preview, nothing stale from an earlier one. */
export function choicesToSend(preview: Pick<BundlePreview, 'entries'>, choices: Choices): Record<string, ImportChoice> {
  const sent: Record<string, ImportChoice> = {}
  for (const key of conflictKeys(preview)) {
    const choice = choices[key]
    if (choice) sent[key] = choice
  }
  return sent
}

/** The phrases of "3 new, 2 updated, 1 conflict settled", each a catalog key and its values. */
export function summaryPhrases(summary: ApplySummary): { key: string; values: Record<string, number> }[] {
  const phrases: { key: string; values: Record<string, number> }[] = []
  if (summary.fresh > 0) phrases.push({ key: 'exchange.summary.new', values: { count: summary.fresh } })
  if (summary.newer > 0) phrases.push({ key: 'exchange.summary.updated', values: { count: summary.newer } })
  if (summary.conflicts > 0) {
    phrases.push(
      summary.unsettled === 0
        ? { key: 'exchange.summary.settled', values: { count: summary.conflicts } }
        : { key: 'exchange.summary.settledOf', values: { settled: summary.settled, count: summary.conflicts } }
    )
  }
  return phrases
}
