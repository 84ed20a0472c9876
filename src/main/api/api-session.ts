import { OPERATION_NAMES } from '@shared/operations'
import type { AppStatus, EncryptionProgress, LockReason, OperationName } from '@shared/operations'
import { fail, ok } from '@shared/result'
import type { ApiError, Result } from '@shared/result'
import type { Logger } from '../core/log'
import { RestoreUnfinishedError } from '../store'
import type { Store } from '../store'
import { parseInput, toApiError } from './table'
import type { ApiTable } from './table'
import { createUnavailableApiTable } from './unavailable-table'
import type { OpenRequest } from './unavailable-table'
import { unlockDelayMs } from './unlock-delay'
import { closeApi } from './table-closers'

// A transport binds its table once (Electron's IPC handlers, the test harness's page binding),
// but the table behind it may change: a window that started while another Dossier held the data
// folder gets the full table once the user takes the folder over, without a restart; an
// encrypted folder's table appears when the passphrase unlocks it and goes again when the app
// locks. So the bound table is a stand-in that hands each call to whichever table is current.
//
// Locking lives here, in the main process, and not in the window: the page could be made to
// skip a lock, or to try passphrases as fast as it likes; the session decides both.

/** The full table on an open store. */
export interface OpenedApi {
  api: ApiTable
  store: Store
  /** Opened with its key: the folder is encrypted, so the session locks it when asked or idle. */
  encrypted: boolean
  /** Puts a backup's content back (Store.restoreBackup) and gives the table on the store that follows. */
  restore(name: string): Promise<{ opened: OpenedApi; keptAs: string }>
}

/** Opens the full table as asked. Throws (a StoreError, usually) when the folder cannot be opened. */
export type OpenFullApi = (request: OpenRequest) => Promise<OpenedApi>

export interface SessionOptions {
  /**
   * Locks an encrypted folder after this long without activity reported by the window
   * (app.reportActivity): a number, or read from the open store (its settings) at each report.
   * Unset: no idle lock (the command line, which runs one command).
   */
  idleLockMs?: number | ((store: Store) => number)
  /** How far encrypting a plain folder has come, while an attempt to open does it (app.encryptionProgress). */
  encryptionProgress?: () => EncryptionProgress | null
  /** How long the window has to save its edits, once told to lock, before the lock goes ahead anyway. */
  lockGraceMs?: number
  /** Waits this long (the slowdown after wrong passphrases); tests give a recorder. */
  delay?: (ms: number) => Promise<void>
  now?: () => number
}

export interface ApiSession {
  /** The table to bind: each call goes to the table current at that moment. */
  readonly api: ApiTable
  /** The open store (read it when needed, e.g. at quit), or null while the folder is not open (or locked). */
  readonly store: Store | null
  /**
   * Locks an open encrypted folder: tells the window (app.waitForLock) so it saves its edits and
   * calls app.lock, and locks anyway once the grace period is over. Does nothing for a plain
   * folder, or when nothing is open. Resolves once locked.
   */
  requestLock(reason: LockReason): Promise<void>
}

const DEFAULT_GRACE_MS = 5000
// The computer is going to sleep now: what is not saved within a second may wait for the wake-up.
const SUSPEND_GRACE_MS = 1000
// Calls already on their way when the lock comes finish first (a save made just before it must
// land), but not forever: an export may be waiting on a save dialog nobody is looking at.
const IN_FLIGHT_WAIT_MS = 3000

// Failures about the passphrase offered leave the folder as it was (locked, or still to be set
// up): the table keeps answering that, and only the caller hears what was wrong with this try.
// An encryption that failed left the folder plain, as it was: it still needs encrypting.
const ABOUT_THE_OFFER = new Set<string>(['wrong-passphrase', 'invalid-input', 'encryption-failed'])

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Opens the data folder once and returns the session; a failure leaves an unavailable table that can try again. */
export async function startApiSession(
  open: OpenFullApi,
  log: Logger,
  options: SessionOptions = {}
): Promise<ApiSession> {
  const now = options.now ?? (() => Date.now())
  const delay = options.delay ?? wait
  const graceMs = options.lockGraceMs ?? DEFAULT_GRACE_MS
  let current: ApiTable
  let opened: OpenedApi | null = null
  let failure: ApiError | null = null
  // Counts openings, so a lock asked for before the user unlocked again does not lock the new one.
  let generation = 0
  let wrongInARow = 0
  const inFlight = new Set<Promise<unknown>>()
  let lockWaiters: ((reason: LockReason) => void)[] = []
  let lockRequest: Promise<void> | null = null
  let requested: LockReason | null = null
  const onLocked: (() => void)[] = []
  // `limit` is the idle time the clock was last armed with: a new one in Settings re-arms it.
  const idle = { last: 0, limit: 0, timer: null as ReturnType<typeof setTimeout> | null }
  // One attempt (or lock) at a time: two at once would race for the same lock and the same files.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  const unavailable = (error: ApiError) => {
    failure = error
    current = createUnavailableApiTable(error, reopen)
  }

  async function attempt(request: OpenRequest): Promise<Result<Store>> {
    try {
      const next = await open(request)
      opened = next
      failure = null
      current = next.api
      generation++
      if (request.passphrase !== undefined) wrongInARow = 0
      startIdleClock()
      return ok(next.store)
    } catch (error) {
      const refused = toApiError('open', error, log)
      // Counted (and kept in the log) for passphrases typed in the window; the command line's comes
      // once from its file, and a refused command must leave the folder, log included, as it was.
      if (refused.code === 'wrong-passphrase' && request.passphrase !== undefined) {
        wrongInARow++
        log.info(`A wrong passphrase was offered for the data folder (${wrongInARow} in a row).`)
      }
      if (failure === null || !ABOUT_THE_OFFER.has(refused.code)) unavailable(refused)
      return { ok: false, error: refused }
    }
  }

  function reopen(request: OpenRequest): Promise<Result<AppStatus>> {
    return serial(async (): Promise<Result<AppStatus>> => {
      // Asked while an earlier attempt was running, which opened the folder: the full table answers.
      if (opened !== null) return current['app.openDataFolder']({ takeOver: request.takeOver })
      // Inside the queue: attempts made side by side wait one after the other, each its own delay.
      const slowdown = request.passphrase === undefined ? 0 : unlockDelayMs(wrongInARow)
      if (slowdown > 0) await delay(slowdown)
      const result = await attempt(request)
      if (!result.ok) return result
      // Kept in the log: saves the previous holder makes from now on will fail, and support may ask why.
      if (request.takeOver) log.info(`The data folder ${result.value.dataDir} was taken over at the user's request.`)
      return current['app.status']({})
    })
  }

  /** Locks what is open; with `opening`, only if it is still that opening (not one unlocked since). */
  function lock(reason: LockReason, opening?: number): Promise<Result<null>> {
    return serial(async (): Promise<Result<null>> => {
      const closing = opened
      if (closing === null || (opening !== undefined && opening !== generation)) return ok(null)
      if (!closing.encrypted) return notEncrypted(closing.store.dataDir)
      // From here every new call answers data-locked; the data folder's lock file stays ours,
      // so no other Dossier or command takes the folder while this window waits to be unlocked.
      opened = null
      stopIdleClock()
      unavailable({
        code: 'data-locked',
        message: `Dossier locked the data folder ${closing.store.dataDir} (${reason}). Unlock it with its passphrase.`
      })
      await settle([...inFlight], IN_FLIGHT_WAIT_MS)
      closeApi(closing.api)
      await closing.store
        .flush()
        .catch((error: unknown) => log.error('Saves queued at the lock could not be written', error))
      // The store, its key and every service built on it are referenced from nowhere now.
      log.info(`Dossier locked the data folder (${reason}).`)
      tellWaiters(reason)
      for (const done of onLocked.splice(0)) done()
      return ok(null)
    })
  }

  function requestLock(reason: LockReason): Promise<void> {
    if (opened === null || !opened.encrypted) return Promise.resolve()
    if (lockRequest !== null) return lockRequest
    const asked = generation
    const windowListening = lockWaiters.length > 0
    const locked = new Promise<void>((resolve) => onLocked.push(resolve))
    // The window hears it first: it saves what is being typed, then calls app.lock.
    tellWaiters(reason)
    const grace = reason === 'suspend' ? Math.min(graceMs, SUSPEND_GRACE_MS) : graceMs
    requested = reason
    lockRequest = (async () => {
      if (windowListening) await Promise.race([locked, wait(grace)])
      // Unless the window locked meanwhile (and was perhaps unlocked again already).
      await lock(reason, asked)
    })().finally(() => {
      lockRequest = null
      requested = null
    })
    return lockRequest
  }

  /** Answers every app.waitForLock still waiting. */
  function tellWaiters(reason: LockReason): void {
    const told = lockWaiters
    lockWaiters = []
    for (const tell of told) tell(reason)
  }

  // The idle clock counts from the last input the window reported, not from the system's idle
  // time (powerMonitor.getSystemIdleTime): what is protected is the content on this window, and
  // the same clock then runs in the end-to-end tests, where there is no Electron. It runs here,
  // not in the page, because Chromium slows a hidden window's timers down and a page cannot be
  // trusted to lock itself.
  function startIdleClock(): void {
    stopIdleClock()
    const limit = idleLimit()
    if (limit === null) return
    idle.last = now()
    idle.limit = limit
    armIdleClock(limit)
  }

  /** The idle time now (the settings may have changed), or null when nothing is to lock by itself. */
  function idleLimit(): number | null {
    const setting = options.idleLockMs
    if (setting === undefined || opened === null || !opened.encrypted) return null
    return typeof setting === 'number' ? setting : setting(opened.store)
  }

  function armIdleClock(ms: number): void {
    idle.timer = setTimeout(() => {
      idle.timer = null
      const left = idle.last + idle.limit - now()
      if (left > 0) armIdleClock(left)
      else void requestLock('idle')
    }, ms)
    // The clock alone never keeps a process alive (a test runner, a command about to end).
    idle.timer.unref?.()
  }

  function stopIdleClock(): void {
    if (idle.timer !== null) clearTimeout(idle.timer)
    idle.timer = null
  }

  /**
   * Restores a backup: no call reaches the store while its files are replaced, and the table on
   * the store that follows takes over. A restore that failed before changing anything leaves the
   * store as it was; one the disk stopped half way is finished by the next open.
   */
  function restore(name: string): Promise<Result<{ keptAs: string }>> {
    return serial(async (): Promise<Result<{ keptAs: string }>> => {
      const closing = opened
      if (closing === null) return { ok: false, error: failure ?? notOpen() }
      opened = null
      stopIdleClock()
      current = createUnavailableApiTable(
        { code: 'in-use', message: `Dossier is restoring a backup of the data folder ${closing.store.dataDir}.` },
        reopen
      )
      await settle([...inFlight], IN_FLIGHT_WAIT_MS)
      try {
        const { opened: next, keptAs } = await closing.restore(name)
        closeApi(closing.api)
        opened = next
        current = next.api
        generation++
        startIdleClock()
        log.info(`The backup ${name} was restored at the user's request; the content before it is kept as ${keptAs}.`)
        return ok({ keptAs })
      } catch (error) {
        const refused = toApiError('data.restoreBackup', error, log)
        if (error instanceof RestoreUnfinishedError) {
          unavailable(refused)
        } else {
          opened = closing
          current = closing.api
          startIdleClock()
        }
        return { ok: false, error: refused }
      }
    })
  }

  // Answered by the session itself, whichever table is current, and never waited for by a lock.
  const sessionOperations: Partial<Record<OperationName, (input: unknown) => Promise<Result<unknown>>>> = {
    'app.lock': async (input) => {
      const parsed = parseInput('app.lock', input)
      // The window's answer to a lock asked for by the system locks for that reason; otherwise the user asked.
      return parsed.ok ? lock(requested ?? 'user') : parsed
    },
    'app.waitForLock': async (input) => {
      const parsed = parseInput('app.waitForLock', input)
      if (!parsed.ok) return parsed
      if (opened === null) return { ok: false, error: failure ?? notOpen() }
      if (!opened.encrypted) return notEncrypted(opened.store.dataDir)
      return new Promise((resolve) => lockWaiters.push((reason) => resolve(ok({ reason }))))
    },
    'app.reportActivity': async (input) => {
      const parsed = parseInput('app.reportActivity', input)
      if (!parsed.ok) return parsed
      if (opened === null) return { ok: false, error: failure ?? notOpen() }
      idle.last = now()
      // A different idle time chosen in Settings counts from this input on.
      const limit = idleLimit()
      if (limit !== null && limit !== idle.limit) startIdleClock()
      return ok(null)
    },
    'data.restoreBackup': async (input) => {
      const parsed = parseInput('data.restoreBackup', input)
      return parsed.ok ? restore(parsed.value.name) : parsed
    },
    'app.encryptionProgress': async (input) => {
      const parsed = parseInput('app.encryptionProgress', input)
      return parsed.ok ? ok(options.encryptionProgress?.() ?? null) : parsed
    }
  }

  function forward(name: OperationName, input: unknown): Promise<unknown> {
    const session = sessionOperations[name]
    if (session) return session(input)
    const table = current
    const call = (table[name] as (value: unknown) => Promise<unknown>)(input)
    if (opened !== null && table === opened.api) {
      inFlight.add(call)
      call.finally(() => inFlight.delete(call)).catch(() => undefined)
    }
    return call
  }

  // At start, the folder may open with the key this computer account keeps (where the app offers
  // it and the user turned it on); after a lock, only when the window asks.
  await attempt({ takeOver: false, credentialStore: true })
  const api = Object.fromEntries(
    OPERATION_NAMES.map((name) => [name, (input: unknown) => forward(name, input)])
  ) as ApiTable
  return {
    api,
    get store() {
      return opened?.store ?? null
    },
    requestLock
  }
}

/** Waits for the calls to finish (failed or not), or for the time to pass, whichever comes first. */
async function settle(calls: Promise<unknown>[], ms: number): Promise<void> {
  if (calls.length === 0) return
  let timer: ReturnType<typeof setTimeout> | undefined
  await Promise.race([
    Promise.allSettled(calls),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms)
    })
  ])
  clearTimeout(timer)
}

function notEncrypted(dataDir: string): Result<never> {
  return fail(
    'invalid-input',
    `The data folder ${dataDir} is not encrypted, so Dossier does not lock it: there is no passphrase to unlock it with.`
  )
}

function notOpen(): ApiError {
  return { code: 'internal', message: 'The data folder is not open.' }
}
