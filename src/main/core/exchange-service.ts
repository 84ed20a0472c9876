import { stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename } from 'node:path'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import type { z } from 'zod'
import type {
  BundlePreview,
  ExportedBundle,
  ImportResult,
  WordFileParagraphs,
  paragraphSelectionSchema
} from '@shared/exchange-inputs'
import type { FieldIssue } from '@shared/result'
import type { Store } from '../store'
import { withHandled } from '../store'
import type {
  BundleFilter,
  FileReader,
  ImportConsent,
  ImportPreview,
  ImportProblem,
  ReadBundleResult
} from './exchange'
import { writeChosenFile } from './chosen-file'
import { ApiFailure } from './failure'
import { randomId } from './ids'
import { authorName, publisherName } from './people'
import type { LibraryIndex } from './library/library-index'

// Previews stay here, in the main process: the renderer sends back only its choices, never the
// items, so what is applied is exactly what was checked.
const KEPT_PREVIEWS = 5

// Loaded on first use, like the Word export: bundles and Word import bring a zip library, zlib and
// their own schemas, which start-up and most command-line runs never need (loading them was about
// a tenth of the CPU time of a `dossier list`, measured).
const exchange = () => import('./exchange')

function invalidFile(file: string, problems: ImportProblem[]): ApiFailure {
  const issues: FieldIssue[] = problems.map((problem) => ({ path: problem.where, message: problem.message }))
  return new ApiFailure(
    'invalid-file',
    `${basename(file)} cannot be used: ${problems[0]?.message ?? 'it is not valid'}`,
    issues,
    basename(file)
  )
}

// What a path names when it is not a file saved on a disk, in the words a person would use: a
// device or a pipe never ends (reading /dev/zero would fill the memory), so neither is read.
function whatItIs(info: Stats): string | null {
  if (info.isFile()) return null
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a pipe'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

// The path is looked at before a worker is started: a missing file, a folder, a device or a file
// too large is refused at once (the worker checks the size again as it reads).
async function checkFile(path: string, kind: 'bundle' | 'word'): Promise<void> {
  const { BUNDLE_LIMITS, WORD_LIMITS, fileTooLargeMessage } = await exchange()
  const info = await stat(path).catch(() => null)
  if (!info) throw new ApiFailure('not-found', `There is no file at ${path}.`)
  const other = whatItIs(info)
  if (other) {
    throw invalidFile(path, [{ where: basename(path), message: `${path} is ${other}, not a file saved on a disk.` }])
  }
  const { maxFileBytes } = kind === 'bundle' ? BUNDLE_LIMITS : WORD_LIMITS
  if (info.size > maxFileBytes) {
    throw invalidFile(path, [{ where: basename(path), message: fileTooLargeMessage(info.size, maxFileBytes) }])
  }
}

/** A bundle made and checked, waiting to be written where the user chooses. */
export type MadeBundle = Omit<ExportedBundle, 'fileId' | 'path' | 'bytes'> & { bytes: Uint8Array }

/** Library bundles out and in, and Word documents turned into draft items. */
export function createExchangeService({ store, index, now }: { store: Store; index: LibraryIndex; now: () => Date }) {
  // Each with the file it read, which stays here: the window names a preview, never a file.
  const previews = new Map<string, ImportPreview & { path: string }>()
  // Files from outside are read in a worker thread, started on the first file.
  let reader: FileReader | undefined
  const fileReader = async (): Promise<FileReader> => (reader ??= (await exchange()).createFileReader())
  const author = (): string => authorName(store.settings.get())
  const learn = (changes: { kind: LibraryKind; item: LibraryItem }[]): void => {
    for (const change of changes) index.upsert(change.kind, change.item as never)
  }

  const inspectBundle = async (path: string): Promise<ReadBundleResult> => {
    await checkFile(path, 'bundle')
    return (await fileReader()).readBundle(path)
  }

  // A bundle taken is no longer offered from a watched folder, however it was opened. The import
  // is already durable: failing to remember it only means it is offered again (and reads as
  // nothing new), so that failure does not turn a successful import into an error.
  const rememberImported = async (sha256: string): Promise<void> => {
    await store.watchedFolders
      .update((watched) => withHandled(watched, sha256, 'imported', now().toISOString()))
      .catch(() => undefined)
  }

  return {
    /**
     * Makes a bundle, signed with the office's identity when it has one, and checks that it reads
     * back; writeBundle saves it once the host has said where (its name carries its marking).
     */
    async makeBundle(filter: BundleFilter): Promise<MadeBundle> {
      const { buildBundle, readBundle, signBundle } = await exchange()
      const identity = store.signingKeys.get().identity
      const built = buildBundle(store, filter, publisherName(store.settings.get(), identity !== null), now())
      const bytes = identity ? signBundle(built.bytes, identity) : built.bytes
      const bundle = readBundle(bytes)
      // Past the caps every Dossier reads bundles under (a library too large for one bundle), the
      // export is refused in words rather than written for nobody to read.
      if (!bundle.ok) {
        throw new ApiFailure(
          'invalid-input',
          `This bundle would be too large for Dossier to import (${bundle.problems[0]?.message ?? 'it does not read back'}) Send the library in parts: by kind, partner or topic.`
        )
      }
      const { signature } = bundle.bundle
      return {
        bytes,
        counts: built.manifest.counts,
        marking: built.manifest.marking ?? 'UNCLASSIFIED',
        signer: signature && { name: signature.name, fingerprint: signature.fingerprint },
        ceiling: filter.ceiling ?? 'PROTECTED B',
        leftOut: built.leftOut,
        versionsLeftOut: built.versionsLeftOut
      }
    },

    async writeBundle(path: string, made: MadeBundle): Promise<Omit<ExportedBundle, 'fileId'>> {
      const { bytes, ...rest } = made
      await writeChosenFile(path, bytes)
      return { path, bytes: bytes.byteLength, ...rest }
    },

    /** Reads and checks a bundle file without previewing it (what a watched folder holds). */
    inspectBundle,

    async previewBundle(path: string): Promise<BundlePreview> {
      const { previewImport } = await exchange()
      const result = await inspectBundle(path)
      if (!result.ok) throw invalidFile(path, result.problems)
      const preview = previewImport(store, result.bundle)
      const previewId = randomId('preview')
      previews.set(previewId, { ...preview, path })
      for (const old of [...previews.keys()].slice(0, -KEPT_PREVIEWS)) previews.delete(old)
      const { manifest, entries, counts, warnings, signer, marking, history } = preview
      const { publisher, createdAt } = manifest
      return {
        previewId,
        fileName: basename(path),
        publisher,
        createdAt,
        entries,
        counts,
        warnings,
        signer,
        marking,
        history
      }
    },

    /** The file an earlier preview read, to read it again once the library changed under it. */
    previewedFile(previewId: string): string {
      const preview = previews.get(previewId)
      if (!preview) throw new ApiFailure('not-found', 'This import preview has expired; open the bundle again.')
      return preview.path
    },

    async applyImport(
      previewId: string,
      choices: Record<string, 'mine' | 'theirs' | 'both'>,
      consent: ImportConsent = {}
    ): Promise<ImportResult> {
      const preview = previews.get(previewId)
      if (!preview) throw new ApiFailure('not-found', 'This import preview has expired; open the bundle again.')
      const { applyImport } = await exchange()
      const applied = await applyImport(store, preview, choices, now(), author(), consent)
      previews.delete(previewId)
      learn(applied.changed)
      await rememberImported(preview.manifest.sha256)
      const { added, updated, kept, backup, briefsUpdated, briefProblem } = applied
      return { added, updated, kept, backup, briefsUpdated, briefProblem }
    },

    async readWord(paths: string[]): Promise<WordFileParagraphs[]> {
      const files: WordFileParagraphs[] = []
      for (const path of paths) {
        await checkFile(path, 'word')
        const result = await (await fileReader()).readWord(path)
        if (!result.ok) throw invalidFile(path, result.problems)
        files.push({ name: basename(path), paragraphs: result.paragraphs })
      }
      return files
    },

    async saveDrafts(selections: z.output<typeof paragraphSelectionSchema>[]): Promise<LibraryItem[]> {
      const { draftsFromParagraphs } = await exchange()
      const result = draftsFromParagraphs(
        selections,
        now(),
        author(),
        (kind, id) => store.library.get(kind, id) !== undefined
      )
      if (!result.ok) throw invalidFile('the selection', result.problems)
      await store.library.applyBatch(result.drafts)
      learn(result.drafts)
      return result.drafts.map((draft) => draft.item)
    }
  }
}

export type ExchangeService = ReturnType<typeof createExchangeService>
