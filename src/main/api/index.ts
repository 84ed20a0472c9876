import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { briefTemplatesFileSchema } from '@shared/brief-inputs'
import type { BriefTemplateDefinition } from '@shared/brief-inputs'
import { createBriefService } from '../core/briefs/brief-service'
import { createExchangeService } from '../core/exchange-service'
import { createExportService } from '../core/export-service'
import { headlessHost } from '../core/host'
import type { Host } from '../core/host'
import { createPackageService } from '../core/packages/package-service'
import { LibraryIndex } from '../core/library/library-index'
import { createLibraryService } from '../core/library/library-service'
import type { Logger } from '../core/log'
import { openStore } from '../store'
import type { DefaultLibrary, Store } from '../store'
import { appHandlers } from './app-handlers'
import { briefHandlers } from './brief-handlers'
import type { ApiContext } from './context'
import { dataHandlers } from './data-handlers'
import { exchangeHandlers } from './exchange-handlers'
import { libraryHandlers } from './library-handlers'
import { packageHandlers } from './package-handlers'
import { settingsHandlers } from './settings-handlers'
import { startApiSession } from './api-session'
import type { ApiSession } from './api-session'
import { createApiTable } from './table'
import type { ApiTable } from './table'

export type { ApiTable } from './table'
export type { ApiSession } from './api-session'

/** Builds the services and the full handler table on an open store. */
export function createApi({
  store,
  log,
  templates,
  host = headlessHost,
  now = () => new Date()
}: {
  store: Store
  log: Logger
  templates: BriefTemplateDefinition[]
  host?: Host
  now?: () => Date
}): ApiTable {
  const libraryIndex = new LibraryIndex(store)
  const packages = createPackageService({ store, now })
  const context: ApiContext = {
    store,
    log,
    now,
    libraryIndex,
    library: createLibraryService({ store, index: libraryIndex, now }),
    briefs: createBriefService({ store, templates, now }),
    packages,
    exports: createExportService({ store, packages, now }),
    exchange: createExchangeService({ store, index: libraryIndex, now }),
    host
  }
  return createApiTable(
    {
      ...appHandlers(context),
      ...settingsHandlers(context),
      ...dataHandlers(context),
      ...libraryHandlers(context),
      ...briefHandlers(context),
      ...packageHandlers(context),
      ...exchangeHandlers(context)
    },
    context.log
  )
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
  /** Takes the data folder over from whoever holds it (see StoreOptions.takeOver): --take-over. */
  takeOver?: boolean
  /** Opens an encrypted folder, or sets an empty one up encrypted (see StoreOptions.passphrase). */
  passphrase?: string
}

/**
 * Opens the store and returns the session whose table every transport binds. When the data
 * folder cannot be opened (for instance it was written by a newer Dossier, or another Dossier
 * holds it), every call answers with that error so the window can explain it instead of the app
 * failing to start, and app.openDataFolder can try again, or take the folder over.
 */
export async function openApi(options: OpenApiOptions): Promise<ApiSession> {
  return startApiSession((takeOver) => openFullApi(options, options.takeOver === true || takeOver), options.log)
}

async function openFullApi(options: OpenApiOptions, takeOver: boolean): Promise<{ api: ApiTable; store: Store }> {
  const store = await openStore({
    dataDir: options.dataDir,
    loadDefaultLibrary: () => loadDefaultLibrary(options.resourcesDir),
    readOnly: options.readOnly,
    takeOver,
    passphrase: options.passphrase
  })
  const templates = await loadBriefTemplates(options.resourcesDir)
  for (const notice of store.notices) options.log.info(notice.message)
  return { api: createApi({ store, log: options.log, templates, host: options.host }), store }
}

/** The brief templates shipped in resources/, checked against the contract. */
export async function loadBriefTemplates(resourcesDir: string): Promise<BriefTemplateDefinition[]> {
  const text = await readFile(join(resourcesDir, 'brief-templates.json'), 'utf8')
  return briefTemplatesFileSchema.parse(JSON.parse(text)).templates
}

async function loadDefaultLibrary(resourcesDir: string): Promise<DefaultLibrary> {
  const text = await readFile(join(resourcesDir, 'default-library.json'), 'utf8')
  return JSON.parse(text) as DefaultLibrary
}
