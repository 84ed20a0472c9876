import type { BundlePreview } from '@shared/exchange-inputs'
import type { Result } from '@shared/result'
import type { ApiTable } from '../api'

/** A failure the api answered, with its code, so the command can tell a refusal from a fault. */
export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
  }
}

/** A result's value, or the error's words (with its issues, one per line) as an exception. */
export function valueOrThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value
  // The first problem, which the message already says, is not said twice; the others, even
  // those in the same words (a field missing from item after item), are each listed.
  const all = result.error.issues ?? []
  const rest = all[0] && result.error.message.includes(all[0].message) ? all.slice(1) : all
  const issues = rest.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('')
  throw new CommandFailure(`${result.error.message}${issues}`, result.error.code)
}

const list = (raw: string | undefined): string[] | undefined =>
  raw === undefined
    ? undefined
    : raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)

/** `dossier bundle export --out file.dossier [--kinds ...] [--partners ...] [--topics ...]` */
export async function exportBundleCommand(
  api: ApiTable,
  options: { out: string; kinds?: string; partners?: string; topics?: string }
): Promise<string> {
  const filter = { kinds: list(options.kinds), partnerIds: list(options.partners), topics: list(options.topics) }
  const defined = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined))
  // The command line's host answers the save dialog with --out (see command-line-host.ts).
  const bundle = valueOrThrow(await api['exchange.exportBundle']({ filter: defined }))
  if (bundle === null) throw new CommandFailure('Say where to write the bundle with --out <file.dossier>.', 'invalid-input')
  const counts = Object.entries(bundle.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ')
  return `Wrote ${bundle.path} (${bundle.bytes} bytes): ${counts}\n`
}

function describePreview(preview: BundlePreview): string {
  const lines = [`Bundle from ${preview.publisher}, made ${preview.createdAt}:`]
  for (const [status, count] of Object.entries(preview.counts)) lines.push(`  ${status}: ${count}`)
  for (const entry of preview.entries.filter((candidate) => candidate.status === 'conflict')) {
    lines.push(
      `  conflict: ${entry.kind} ${entry.id} (both sides changed since version ${entry.commonVersion ?? 'none'})`
    )
  }
  for (const warning of preview.warnings) lines.push(`  note: ${warning.where}: ${warning.message}`)
  return `${lines.join('\n')}\n`
}

/** `dossier bundle import <file> [--dry-run] [--conflicts mine|theirs|both]` */
export async function importBundleCommand(
  api: ApiTable,
  options: { dryRun: boolean; conflicts?: string }
): Promise<string> {
  // The command line's host answers the open dialog with the file named (see command-line-host.ts).
  const preview = valueOrThrow(await api['exchange.previewBundle']({}))
  if (preview === null) throw new CommandFailure('Which bundle? dossier bundle import <file.dossier>', 'invalid-input')
  const report = describePreview(preview)
  if (options.dryRun) return `${report}Dry run: nothing was changed.\n`
  const conflicts = preview.entries.filter((entry) => entry.status === 'conflict')
  if (conflicts.length > 0 && options.conflicts === undefined) {
    throw new Error(
      `${report}${conflicts.length} conflict(s) to settle: run again with --conflicts mine|theirs|both, or use the app to settle each one.`
    )
  }
  const choice = options.conflicts as 'mine' | 'theirs' | 'both'
  const choices = Object.fromEntries(conflicts.map((entry) => [`${entry.kind}:${entry.id}`, choice]))
  const applied = valueOrThrow(await api['exchange.applyImport']({ previewId: preview.previewId, choices }))
  return `${report}Imported: ${applied.added} added, ${applied.updated} updated, ${applied.kept} kept. Backup: ${applied.backup ?? 'none needed'}\n`
}
