import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { EncryptionProgress } from '@shared/operations'
import { briefTemplatesFileSchema } from '@shared/brief-inputs'
import type { BriefTemplateDefinition } from '@shared/brief-inputs'
import { createBriefService } from '../core/briefs/brief-service'
import { createExchangeService } from '../core/exchange-service'
import { createExportService } from '../core/export-service'
import { headlessHost } from '../core/host'
import type { Host } from '../core/host'
import { createPackageService } from '../core/packages/package-service'
import { createRecordService } from '../core/records/record-service'
import { recordHandlers } from './record-handlers'
import { createSigningService } from '../core/signing-service'
import { createWatchService } from '../core/watch-service'
import { LibraryIndex } from '../core/library/library-index'
import { createLibraryService } from '../core/library/library-service'
import type { Logger } from '../core/log'
import { acquireDataLock, nodeFs, openStore, releaseDataLock, StoreError } from '../store'
import { finishEncryption } from '../store/crypto/encrypt-folder'
import { encryptDataFolder } from '../store/crypto/folder-commands'
import type { DefaultLibrary, Store, StoreParts } from '../store'
import { appHandlers } from './app-handlers'
import { briefHandlers } from './brief-handlers'
import type { ApiContext } from './context'
import { createUserFiles } from './user-files'
import { dataHandlers } from './data-handlers'
import { exchangeHandlers } from './exchange-handlers'
import { libraryHandlers } from './library-handlers'
import { packageHandlers } from './package-handlers'
import { settingsHandlers } from './settings-handlers'
import { signingHandlers } from './signing-handlers'
import { watchHandlers } from './watch-handlers'
import { startApiSession } from './api-session'
import type { ApiSession, OpenedApi } from './api-session'
import { createComputerUnlock, noComputerUnlockHandlers, withComputerUnlock } from './computer-unlock'
import type { ComputerUnlock, ComputerUnlockOptions } from './computer-unlock'
import { holdsPlainData, isNewDataFolder, needsEncryption, needsSetUp, waitsForPassphrase } from './set-up'
import { createApiTable } from './table'
import type { ApiTable } from './table'
import { whenClosed } from './table-closers'
import type { OpenRequest } from './unavailable-table'

export type { ApiTable } from './table'
export type { ApiSession } from './api-session'
export { tableOnceOpen } from './table-once-open'

/** Builds the services and the full handler table on an open store. */
export function createApi({
  store,
  log,
  templates,
  host = headlessHost,
  now = () => new Date(),
  encrypted = false,
  chartFont
}: {
  store: Store
  log: Logger
  /** The brief templates, read when first asked for: most commands and starts never need them. */
  templates: () => Promise<BriefTemplateDefinition[]>
  host?: Host
  now?: () => Date
  /** The font file the Word export draws chart text with; without it, figures export as tables only. */
  chartFont?: string
  /** The store was opened with its key (app.status says so, and the window offers to lock). */
  encrypted?: boolean
}): ApiTable {
  const libraryIndex = new LibraryIndex(store)
  const packages = createPackageService({ store, now })
  const library = createLibraryService({ store, index: libraryIndex, now })
  const exchange = createExchangeService({ store, index: libraryIndex, now })
  const context: ApiContext = {
    store,
    log,
    now,
    libraryIndex,
    library,
    briefs: createBriefService({ store, templates, now }),
    packages,
    records: createRecordService({ store, saveLibraryItem: (input) => library.save(input), now }),
    exports: createExportService({ store, packages, now, chartFont }),
    exchange,
    watch: createWatchService({ store, exchange, host, now }),
    signing: createSigningService({ store, now }),
    files: createUserFiles(host),
    encrypted
  }
  const table = createApiTable(
    {
      ...appHandlers(context),
      ...noComputerUnlockHandlers(),
      ...settingsHandlers(context),
      ...dataHandlers(context),
      ...libraryHandlers(context),
      ...briefHandlers(context),
      ...packageHandlers(context),
      ...recordHandlers(context),
      ...exchangeHandlers(context),
      ...signingHandlers(context),
      ...watchHandlers(context)
    },
    context.log
  )
  whenClosed(table, () => libraryIndex.close())
  return table
}

export interface OpenApiOptions {
  dataDir: string
  /** Folder holding default-library.json (the repository's resources/ or the packaged app's). */
  resourcesDir: string
  log: Logger
  /** Native dialogs in the app; none on the command line. */
  host?: Host
  /** Opens the store read-only (see StoreOptions.readOnly): for command-line runs that change nothing. */
  readOnly?: boolean
  /** With readOnly, what the command reads when it needs less than everything (see StoreOptions.parts). */
  parts?: StoreParts
  /** Where this computer account remembers a plain folder's validated files (see StoreOptions.checkedCache). */
  checkedCache?: string
  /** Takes the data folder over from whoever holds it (see StoreOptions.takeOver): --take-over. */
  takeOver?: boolean
  /** Opens an encrypted folder, or sets an empty one up encrypted (see StoreOptions.passphrase): the command line's. */
  passphrase?: string
  /**
   * How the desktop app opens its folder (and the end-to-end tests that check it): a new, empty
   * folder is not opened (nor seeded) until the user has chosen its passphrase (needs-set-up); a
   * plain folder that holds data is not opened until it is encrypted in place with a passphrase
   * the user chose (needs-encryption); the folder stays held while it waits for a passphrase; and
   * an encrypted folder locks after the settings' idle time without input in the window, or after
   * `idleLockMs` when given (the tests'). Without it, as on the command line and in most tests, a
   * new folder is set up plain, a plain one opens as it is, and nothing locks by itself.
   */
  app?: {
    idleLockMs?: number
    lockGraceMs?: number
    /**
     * This computer's credential store (Electron's safeStorage) and where this computer account
     * keeps keys: the folder may then open without typing (computer-unlock.ts). Never the command line's.
     */
    credentials?: ComputerUnlockOptions
  }
}

/**
 * Opens the store and returns the session whose table every transport binds. When the data
 * folder cannot be opened (for instance it was written by a newer Dossier, or another Dossier
 * holds it), every call answers with that error so the window can explain it instead of the app
 * failing to start, and app.openDataFolder can try again, or take the folder over.
 */
export async function openApi(options: OpenApiOptions): Promise<ApiSession> {
  const credentials = options.app?.credentials
  const computerUnlock =
    credentials &&
    createComputerUnlock({
      dataDir: options.dataDir,
      options: credentials,
      log: options.log,
      // Asked only once the session below exists: by the window's calls.
      isOpen: () => session.store !== null
    })
  // How far encrypting a plain folder has come, while app.openDataFolder does it; read by the window.
  let progress: EncryptionProgress | null = null
  const report = (next: EncryptionProgress | null) => {
    progress = next
  }
  const open = (request: OpenRequest) =>
    options.app === undefined ? openFullApi(options, request) : openForApp(options, request, computerUnlock, report)
  const app = options.app
  const session = await startApiSession(
    (request) => open({ ...request, takeOver: options.takeOver === true || request.takeOver }),
    options.log,
    app === undefined
      ? {}
      : {
          // Read at each input, so a new choice in Settings applies from the next one on.
          idleLockMs: (store) => app.idleLockMs ?? store.settings.get().idleLockMinutes * 60_000,
          lockGraceMs: app.lockGraceMs,
          encryptionProgress: () => progress
        }
  )
  return computerUnlock ? withComputerUnlock(session, computerUnlock) : session
}

/**
 * The app's way: under the data folder's lock, a new folder waits for its passphrase instead of
 * being seeded in the clear, and a plain folder that holds data waits for one to be encrypted in
 * place with. While the window waits for a passphrase (set-up, encryption, or unlock) the folder
 * stays held, so no command sets it up or opens it meanwhile; any other failure gives it back,
 * as a failed open always has.
 */
async function openForApp(
  options: OpenApiOptions,
  request: OpenRequest,
  computerUnlock: ComputerUnlock | undefined,
  report: (progress: EncryptionProgress | null) => void
): Promise<OpenedApi> {
  const tookLock = await acquireDataLock(options.dataDir, { takeOver: request.takeOver })
  try {
    // An encryption a crash interrupted is finished, or undone, before the folder's state is read.
    await finishEncryption(nodeFs, resolve(options.dataDir)).catch((error: unknown) => {
      throw new StoreError(
        'storage-failed',
        `Dossier could not finish an interrupted encryption of the data folder ${options.dataDir} (${error instanceof Error ? error.message : String(error)}). Nothing was lost: it tries again at the next start. Check that the folder can be written to, then start Dossier again.`,
        { cause: error }
      )
    })
    if (request.passphrase === undefined && (await isNewDataFolder(options.dataDir))) throw needsSetUp(options.dataDir)
    if (await holdsPlainData(options.dataDir)) {
      if (request.passphrase === undefined) {
        // Opened as it is first, and let go: data from a newer Dossier, or a folder that cannot be
        // read, is refused as always and never encrypted; a damaged file is repaired while plain.
        await (await openPlainStore(options, request.takeOver)).flush()
        throw needsEncryption(options.dataDir)
      }
      await encryptInPlace(options, request.passphrase, report)
      return await openFullApi(options, request)
    }
    // Asked for (at start, or by the window's button): the key this computer account keeps, if
    // the user turned that on and the credential store opens it; otherwise the folder stays locked.
    const dataKey =
      request.passphrase === undefined && request.credentialStore === true ? await computerUnlock?.dataKey() : undefined
    const opened = await openFullApi(options, request, dataKey)
    if (dataKey) options.log.info('The data folder was unlocked with the key this computer account keeps.')
    return opened
  } catch (error) {
    if (tookLock && !waitsForPassphrase(error)) await releaseDataLock(options.dataDir).catch(() => undefined)
    throw error
  }
}

/** Encrypts the plain folder this window holds, telling how far it has come until it is done. */
async function encryptInPlace(
  options: OpenApiOptions,
  passphrase: string,
  report: (progress: EncryptionProgress | null) => void
): Promise<void> {
  try {
    await encryptDataFolder({ dataDir: options.dataDir, passphrase, onProgress: report })
    options.log.info(`The data folder ${options.dataDir} was encrypted in place at the user's request.`)
  } finally {
    report(null)
  }
}

function openPlainStore(options: OpenApiOptions, takeOver: boolean): Promise<Store> {
  return openStore({
    dataDir: options.dataDir,
    loadDefaultLibrary: () => loadDefaultLibrary(options.resourcesDir),
    takeOver
  })
}

async function openFullApi(options: OpenApiOptions, request: OpenRequest, dataKey?: Buffer): Promise<OpenedApi> {
  const store = await openStore({
    dataDir: options.dataDir,
    loadDefaultLibrary: () => loadDefaultLibrary(options.resourcesDir),
    readOnly: options.readOnly,
    parts: options.parts,
    checkedCache: options.checkedCache,
    takeOver: request.takeOver,
    passphrase: request.passphrase ?? options.passphrase,
    dataKey
  })
  const templates = briefTemplatesIn(options.resourcesDir)
  for (const notice of store.notices) options.log.info(notice.message)
  // The store opens an encrypted folder only with its passphrase or its key, refuses either for a
  // plain folder, and sets a new folder up encrypted with a passphrase: opened with one means encrypted.
  const encrypted = request.passphrase !== undefined || dataKey !== undefined
  return openedOn(store, options, templates, encrypted)
}

/** The full table on a store, and how a restore replaces both. */
function openedOn(
  store: Store,
  options: OpenApiOptions,
  templates: () => Promise<BriefTemplateDefinition[]>,
  encrypted: boolean
): OpenedApi {
  return {
    api: createApi({
      store,
      log: options.log,
      templates,
      host: options.host,
      encrypted,
      chartFont: chartFontIn(options)
    }),
    store,
    encrypted,
    restore: async (name) => {
      const { store: next, keptAs } = await store.restoreBackup(name)
      for (const notice of next.notices) options.log.info(notice.message)
      return { opened: openedOn(next, options, templates, encrypted), keptAs }
    }
  }
}

/** The font shipped for the charts of partners' figures (resources/fonts, SIL Open Font License). */
function chartFontIn(options: OpenApiOptions): string {
  return join(options.resourcesDir, 'fonts', 'Carlito-Regular.ttf')
}

/**
 * The brief templates shipped in resources/, read and checked the first time they are asked for,
 * then kept. Read at every open, they cost each `dossier` command about 5 ms (a zod parse of
 * the file, --cpu-prof) that only creating a brief or listing templates needs.
 */
export function briefTemplatesIn(resourcesDir: string): () => Promise<BriefTemplateDefinition[]> {
  let read: Promise<BriefTemplateDefinition[]> | null = null
  return () => {
    // A failed read is tried again at the next ask, and says why each time.
    read ??= loadBriefTemplates(resourcesDir).catch((error: unknown) => {
      read = null
      throw error
    })
    return read
  }
}

/** The brief templates shipped in resources/, checked against the contract. */
async function loadBriefTemplates(resourcesDir: string): Promise<BriefTemplateDefinition[]> {
  const text = await readFile(join(resourcesDir, 'brief-templates.json'), 'utf8')
  return briefTemplatesFileSchema.parse(JSON.parse(text)).templates
}

async function loadDefaultLibrary(resourcesDir: string): Promise<DefaultLibrary> {
  const text = await readFile(join(resourcesDir, 'default-library.json'), 'utf8')
  return JSON.parse(text) as DefaultLibrary
}
