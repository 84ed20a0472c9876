import type { BundlePreview } from '@shared/exchange-inputs'
import type { Result } from '@shared/result'
import type { ApiTable } from '../api'
import { checkConsent } from '../core/exchange/import-gate'
import { ApiFailure } from '../core/failure'

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

/** `dossier bundle export --out file.dossier [--kinds ...] [--partners ...] [--topics ...] [--ceiling ...] [--no-history]` */
export async function exportBundleCommand(
  api: ApiTable,
  options: { out: string; kinds?: string; partners?: string; topics?: string; ceiling?: string; history: boolean }
): Promise<string> {
  const filter = { kinds: list(options.kinds), partnerIds: list(options.partners), topics: list(options.topics) }
  const defined = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined))
  // "PROTECTED-A", as in file names, reads as PROTECTED A.
  const ceiling = options.ceiling?.replace(/-/g, ' ')
  // The command line's host answers the save dialog with --out (see command-line-host.ts).
  const bundle = valueOrThrow(
    await api['exchange.exportBundle']({ filter: defined, history: options.history, ...(ceiling ? { ceiling } : {}) })
  )
  if (bundle === null)
    throw new CommandFailure('Say where to write the bundle with --out <file.dossier>.', 'invalid-input')
  const counts = Object.entries(bundle.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ')
  const lines = [`Wrote ${bundle.path} (${bundle.bytes} bytes): ${counts}`, `Highest marking: ${bundle.marking}.`]
  if (!options.history) lines.push('Earlier versions were left out.')
  if (bundle.leftOut > 0) lines.push(`Left out above ${bundle.ceiling}: ${bundle.leftOut} item(s).`)
  if (bundle.versionsLeftOut > 0) {
    lines.push(`Left out of histories above ${bundle.ceiling}: ${bundle.versionsLeftOut} earlier version(s).`)
  }
  lines.push(
    bundle.signer
      ? `Signed by "${bundle.signer.name}", fingerprint ${bundle.signer.fingerprint}.`
      : 'Not signed: this office has no publisher identity, so other offices will refuse the bundle unless they accept it unsigned. Create one with dossier keys create --name "...".'
  )
  return `${lines.join('\n')}\n`
}

function describeSigner(signer: BundlePreview['signer']): string {
  if (signer.status === 'unsigned') return 'Not signed: nothing shows who made this bundle or that it is unchanged.'
  const who = `"${signer.name}" (fingerprint ${signer.fingerprint})`
  if (signer.status === 'own') return `Signed by this office, ${who}.`
  if (signer.status === 'trusted') return `Signed by ${who}, a publisher this office trusts.`
  const borrowed =
    signer.status === 'untrusted' && signer.borrowedName === true
      ? ' Beware: a publisher this office trusts goes by that name, under another key; this file may be a forgery. Ask that publisher, by a channel you know, whether its key changed.'
      : ''
  return `Signed by ${who}, a publisher this office does not trust.${borrowed}`
}

function describeDowngrade(entry: BundlePreview['entries'][number]): string {
  const parts: string[] = []
  if (entry.downgrade?.marking) parts.push(`marking ${entry.downgrade.marking.from} -> ${entry.downgrade.marking.to}`)
  if (entry.downgrade?.approval) parts.push('approved -> draft')
  const when = entry.status === 'conflict' ? ' (if theirs is taken)' : ''
  return `  lowers ${entry.kind} ${entry.id}: ${parts.join(', ')}${when}`
}

/** A conflict's line: an item changed on both sides since a version they share, or made on each apart. */
export function describeConflict(
  entry: Pick<BundlePreview['entries'][number], 'kind' | 'id' | 'commonVersion'>
): string {
  const why =
    entry.commonVersion === undefined
      ? 'made on both sides separately, with no version in common'
      : `both sides changed since version ${entry.commonVersion}`
  return `  conflict: ${entry.kind} ${entry.id} (${why})`
}

function describePreview(preview: BundlePreview): string {
  const lines = [
    `Bundle from ${preview.publisher}, made ${preview.createdAt}:`,
    `  ${describeSigner(preview.signer)}`,
    `  Highest marking: ${preview.marking}.${preview.history ? '' : ' Earlier versions were left out.'}`
  ]
  // What would lower a marking or an approval comes first: it needs a person's word.
  for (const entry of preview.entries.filter((candidate) => candidate.downgrade)) lines.push(describeDowngrade(entry))
  for (const [status, count] of Object.entries(preview.counts)) lines.push(`  ${status}: ${count}`)
  for (const entry of preview.entries.filter((candidate) => candidate.status === 'conflict')) {
    lines.push(describeConflict(entry))
  }
  for (const warning of preview.warnings) lines.push(`  note: ${warning.where}: ${warning.message}`)
  return `${lines.join('\n')}\n`
}

/** `dossier bundle import <file> [--dry-run] [--conflicts mine|theirs|both] [--accept-unsigned] [--allow-downgrade]` */
export async function importBundleCommand(
  api: ApiTable,
  options: {
    dryRun: boolean
    conflicts?: string
    acceptUnsigned: boolean
    allowDowngrade: boolean
    /** Stop before applying, refusing as the import would: for a first look with the folder opened read-only. */
    checkOnly?: boolean
  }
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
  const confirmedDowngrades = options.allowDowngrade
    ? preview.entries.filter((entry) => entry.downgrade).map((entry) => `${entry.kind}:${entry.id}`)
    : []
  if (options.checkOnly) {
    try {
      checkConsent(preview, choices, { unsigned: options.acceptUnsigned, downgrades: confirmedDowngrades })
    } catch (error) {
      if (!(error instanceof ApiFailure) || !(error.code in WAYS_THROUGH)) throw error
      throw new CommandFailure(`${report}${error.message}${WAYS_THROUGH[error.code]}`, error.code)
    }
    return report
  }
  // The main process refuses an untrusted file, or a downgrade nobody confirmed; its words, the
  // report and the option that goes past the refusal are said together.
  const result = await api['exchange.applyImport']({
    previewId: preview.previewId,
    choices,
    acceptUnsigned: options.acceptUnsigned,
    confirmedDowngrades
  })
  if (!result.ok && result.error.code in WAYS_THROUGH) {
    const { message, code } = result.error
    throw new CommandFailure(`${report}${message}${WAYS_THROUGH[code]}`, code)
  }
  const applied = valueOrThrow(result)
  return `${report}Imported: ${applied.added} added, ${applied.updated} updated, ${applied.kept} kept. Backup: ${applied.backup ?? 'none needed'}\n`
}

const WAYS_THROUGH: Record<string, string> = {
  'untrusted-file': ' To import it all the same, run again with --accept-unsigned.',
  'downgrade-unconfirmed': ' To accept the lower markings or drafts, run again with --allow-downgrade.'
}
