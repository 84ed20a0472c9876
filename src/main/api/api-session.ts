import { OPERATION_NAMES } from '@shared/operations'
import type { AppStatus } from '@shared/operations'
import { ok } from '@shared/result'
import type { Result } from '@shared/result'
import type { Logger } from '../core/log'
import type { Store } from '../store'
import { toApiError } from './table'
import type { ApiTable } from './table'
import { createUnavailableApiTable } from './unavailable-table'

// A transport binds its table once (Electron's IPC handlers, the test harness's page binding),
// but the table behind it may change: a window that started while another Dossier held the data
// folder gets the full table once the user takes the folder over, without a restart. So the
// bound table is a stand-in that hands each call to whichever table is current.

/** The full table on an open store. Throws (a StoreError, usually) when the folder cannot be opened. */
export type OpenFullApi = (takeOver: boolean) => Promise<{ api: ApiTable; store: Store }>

export interface ApiSession {
  /** The table to bind: each call goes to the table current at that moment. */
  readonly api: ApiTable
  /** The open store (read it when needed, e.g. at quit), or null while the folder cannot be opened. */
  readonly store: Store | null
}

/** Opens the data folder once and returns the session; a failure leaves an unavailable table that can try again. */
export async function startApiSession(open: OpenFullApi, log: Logger): Promise<ApiSession> {
  let current: ApiTable
  let store: Store | null = null
  // One attempt at a time: two at once would race for the same lock and the same files.
  let queue: Promise<unknown> = Promise.resolve()

  async function attempt(takeOver: boolean): Promise<Result<Store>> {
    try {
      const opened = await open(takeOver)
      store = opened.store
      current = opened.api
      return ok(opened.store)
    } catch (error) {
      const failure = toApiError('open', error, log)
      current = createUnavailableApiTable(failure, reopen)
      return { ok: false, error: failure }
    }
  }

  function reopen(takeOver: boolean): Promise<Result<AppStatus>> {
    const run = queue.then(async (): Promise<Result<AppStatus>> => {
      // Asked while an earlier attempt was running, which opened the folder: the full table answers.
      if (store !== null) return current['app.openDataFolder']({ takeOver })
      const opened = await attempt(takeOver)
      if (!opened.ok) return opened
      // Kept in the log: saves the previous holder makes from now on will fail, and support may ask why.
      if (takeOver) log.info(`The data folder ${opened.value.dataDir} was taken over at the user's request.`)
      return current['app.status']({})
    })
    queue = run.catch(() => undefined)
    return run
  }

  await attempt(false)
  const api = Object.fromEntries(
    OPERATION_NAMES.map((name) => [name, (input: unknown) => (current[name] as (value: unknown) => unknown)(input)])
  ) as ApiTable
  return {
    api,
    get store() {
      return store
    }
  }
}
