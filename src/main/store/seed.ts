import { LIBRARY_KINDS } from '@shared/entities'
import type { Brief, LibraryItemByKind, LibraryKind, Package } from '@shared/entities'
import type { Notice } from '@shared/operations'
import { DataFile } from './data-file'
import { briefFile, briefSpec, LIBRARY_FILES, librarySpec, PACKAGES_FILE, packagesSpec } from './documents'
import type { DocumentSpec } from './documents'
import { interpretDocument } from './load-file'
import type { OpenContext } from './recovery'
import { StoreError } from './store-error'
import type { DefaultLibrary } from './types'

export type LibraryLists = { [K in LibraryKind]: LibraryItemByKind[K][] }

/** What installing the default library wrote. */
export interface Seeded {
  library: LibraryLists
  /** null when the folder already had packages, which are kept. */
  packages: Package[] | null
  briefs: Brief[]
  written: string[]
  notice: Notice
}

const DEFAULT_KEYS = {
  partner: 'partners',
  keyMessage: 'keyMessages',
  irritant: 'irritants',
  backgroundNote: 'backgroundNotes'
} as const satisfies Record<LibraryKind, keyof DefaultLibrary>

/**
 * Fills a data folder that has no library from the shipped default library. The defaults go
 * through the same upgrade and validation as any file, and never replace a file already there.
 */
export async function installDefaultLibrary(
  context: OpenContext,
  defaults: DefaultLibrary,
  present: { packages: boolean; briefIds: ReadonlySet<string> }
): Promise<Seeded> {
  // Everything is checked before anything is written, so a bad bundle leaves the folder untouched.
  const writes: Array<() => Promise<void>> = []
  const accepted = <V>(spec: DocumentSpec<V>, body: Record<string, unknown>): V => {
    const value = accept(spec, { schemaVersion: defaults.schemaVersion, ...body }, context)
    const document = spec.toDocument(value, context.versioning.current)
    writes.push(() => new DataFile(context, context.dataDir, spec.relPath).write(document))
    return value
  }

  const packages = present.packages ? null : accepted(packagesSpec(), { items: defaults.packages })
  const briefs = defaults.briefs
    .filter((brief) => !present.briefIds.has(brief.id))
    .map((brief) => accepted(briefSpec(brief.id), { brief }))
  // Library files go last: until they exist the folder still counts as new, so a start that
  // crashed half-way through seeding simply seeds again.
  const library = {} as LibraryLists
  for (const kind of LIBRARY_KINDS) {
    library[kind] = accepted(librarySpec(kind), { items: defaults[DEFAULT_KEYS[kind]] }) as never
  }
  for (const write of writes) await write()
  const written = [
    ...(packages ? [PACKAGES_FILE] : []),
    ...briefs.map((brief) => briefFile(brief.id)),
    ...LIBRARY_KINDS.map((kind) => LIBRARY_FILES[kind])
  ]

  const partners = String(library.partner.length)
  return {
    library,
    packages,
    briefs,
    written,
    notice: {
      code: 'default-library-installed',
      message: `This data folder had no library, so Dossier installed the default library (${partners} partners).`,
      params: { partners }
    }
  }
}

/** Loads the shipped default library, explaining a failure in words a user can act on. */
export async function fetchDefaultLibrary(loadDefaultLibrary: () => Promise<DefaultLibrary>): Promise<DefaultLibrary> {
  try {
    return await loadDefaultLibrary()
  } catch (error) {
    throw new StoreError(
      'storage-failed',
      `The default library that comes with this copy of Dossier could not be loaded (${error instanceof Error ? error.message : String(error)}). Reinstall Dossier.`,
      { cause: error }
    )
  }
}

function accept<V>(spec: DocumentSpec<V>, document: Record<string, unknown>, context: OpenContext): V {
  const outcome = interpretDocument(document, spec, context.versioning)
  if (outcome.status === 'ok') return outcome.value
  const problem = outcome.status === 'damaged' ? outcome.problem : `it is data version ${outcome.diskVersion}`
  throw new StoreError(
    'storage-failed',
    `The default library that comes with this copy of Dossier could not be installed (${spec.relPath}: ${problem}). Reinstall Dossier.`,
    { file: spec.relPath }
  )
}
