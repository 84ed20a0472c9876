import { basename } from 'node:path'
import { itemTitle } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { MAX_TEXT_LENGTH, pick } from '@shared/languages'
import type { ApiTable } from '../api'
import type { CommandLineHost } from './command-line-host'
import { sortBrief } from '../core/exchange/brief-paragraphs'
import type { DraftKind } from '../core/exchange/brief-paragraphs'
import type { ParagraphSelection } from '../core/exchange/drafts'
import { CommandFailure, valueOrThrow } from './bundle-commands'

// `dossier word import`: an archive of old briefs into draft library items, file by file. Each
// file is read (in the file worker, under the same caps as the app's Word import), its body
// paragraphs sorted by the section they are under, and saved as drafts; a file that fails is
// told and the others go on.

export const DRAFT_KINDS: readonly DraftKind[] = ['keyMessage', 'irritant', 'backgroundNote']

export type { DraftKind }

const WORDS: Record<LibraryKind, [string, string]> = {
  partner: ['partner', 'partners'],
  keyMessage: ['key message', 'key messages'],
  irritant: ['irritant', 'irritants'],
  backgroundNote: ['background note', 'background notes']
}
// Refusals that are about the data folder, not the Word file being read.
const FOLDER_CODES: ReadonlySet<string> = new Set([
  'data-in-use',
  'data-locked',
  'data-too-new',
  'key-missing',
  'linked-folder',
  'wrong-passphrase',
  'needs-set-up',
  'needs-encryption',
  'storage-failed'
])

// saveDrafts takes at most this many at once.
const BATCH = 2_000

const count = (n: number, kind: LibraryKind): string => `${n} ${WORDS[kind][n === 1 ? 0 : 1]}`

export interface WordImportOutcome {
  /** What was found and added, file by file. */
  report: string
  /** Each problem, in plain words, naming its file. */
  failures: string[]
}

/** `dossier word import <file.docx...> [--dry-run] [--kind keyMessage|irritant|backgroundNote]` */
export async function importWordCommand(
  api: ApiTable,
  host: CommandLineHost,
  files: string[],
  options: { dryRun: boolean; kind?: DraftKind }
): Promise<WordImportOutcome> {
  const lines: string[] = []
  const failures: string[] = []
  let added = 0
  let failedFiles = 0
  for (const file of files) {
    const name = basename(file)
    const problems: string[] = []
    try {
      // One file at a time, so that one refused file does not stop the others.
      host.willOpen([file])
      const [read] = valueOrThrow(await api['exchange.readWord']({}))
      const paragraphs = read?.paragraphs ?? []
      const { selections, leftOut } = sortBrief(paragraphs, options.kind)
      lines.push(`${name}: ${paragraphs.length} paragraphs; ${found(selections, leftOut)}`)
      if (selections.length === 0 && options.kind === undefined) {
        lines.push(
          '  No section Dossier recognises (Key messages, Irritants, Background); to take every paragraph as one kind, use --kind.'
        )
      }
      const fitting = selections.filter((selection) => selection.text.length <= MAX_TEXT_LENGTH)
      for (const selection of selections.filter((each) => each.text.length > MAX_TEXT_LENGTH)) {
        problems.push(
          `${name}: a paragraph of ${selection.text.length.toLocaleString('en-CA')} characters was left out; a library text holds at most ${MAX_TEXT_LENGTH.toLocaleString('en-CA')}. Split it in Word.`
        )
      }
      if (options.dryRun) {
        for (const selection of fitting)
          lines.push(`  would add ${WORDS[selection.kind][0]}: ${firstWords(selection.text)}`)
      } else {
        const items = await saveAll(api, fitting)
        added += items.length
        for (const [index, item] of items.entries()) {
          const kind = fitting[index]!.kind
          lines.push(`  added ${WORDS[kind][0]} ${item.id}: ${pick(itemTitle(kind, item), 'en')}`)
        }
      }
    } catch (error) {
      // The data folder's own refusal (held elsewhere, locked, a link in it) is no file's fault:
      // said once, as the command's failure, instead of blamed on this file and the next.
      // Once drafts were saved, the report of what was added is printed first, with this failure.
      if (error instanceof CommandFailure && FOLDER_CODES.has(error.code) && added === 0) throw error
      lines.push(`${name}: not imported`)
      problems.push(error instanceof Error ? error.message : String(error))
    }
    if (problems.length > 0) failedFiles += 1
    failures.push(...problems)
  }
  const summary = options.dryRun
    ? `Dry run: ${files.length} file(s) read, ${failedFiles} with problems; nothing was written.`
    : `Word import: ${files.length} file(s), ${failedFiles} with problems; ${added} draft(s) added to the library.`
  return { report: `${[...lines, summary].join('\n')}\n`, failures }
}

function found(selections: ParagraphSelection[], leftOut: number): string {
  const kinds = DRAFT_KINDS.map((kind) => count(selections.filter((each) => each.kind === kind).length, kind))
  return `found ${kinds.join(', ')}${leftOut > 0 ? ` (${leftOut} paragraphs outside those sections left out)` : ''}`
}

async function saveAll(api: ApiTable, selections: ParagraphSelection[]): Promise<LibraryItem[]> {
  const items: LibraryItem[] = []
  for (let start = 0; start < selections.length; start += BATCH) {
    const batch = selections.slice(start, start + BATCH)
    items.push(...valueOrThrow(await api['exchange.saveDrafts']({ selections: batch })))
  }
  return items
}

function firstWords(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}
