import type { ComputerUnlockRefusal, ComputerUnlockStatus } from '@shared/computer-unlock'
import { ok } from '@shared/result'
import type { Result } from '@shared/result'
import { ApiFailure } from '../core/failure'
import type { Logger } from '../core/log'
import { nodeFs, StoreError } from '../store'
import { CredentialWraps } from '../store/crypto/credential-wraps'
import type { CredentialStore } from '../store/crypto/credential-wraps'
import { readKeyFile, unwrapWithPassphrase, WrongPassphraseError } from '../store/crypto/key-file'
import type { KeyFile } from '../store/crypto/key-file'
import type { ApiSession } from './api-session'
import { parseInput, toApiError } from './table'
import type { ApiTable } from './table'
import { unlockDelayMs } from './unlock-delay'

// Unlock without typing, the app's side: the session opens an encrypted folder at start with the
// key this computer account keeps (where the user turned that on), and the window may ask for
// the same after a lock. The main process decides all of it: the page never sees the data key
// nor its wrap, and turning it on takes the passphrase again, as proof that the person at the
// window owns the data (an open window alone does not).

/** What the app gives to offer unlock without typing: the credential store, and where this computer account keeps its keys. */
export interface ComputerUnlockOptions {
  store: CredentialStore
  /** A folder of this computer account's own (the app's: beside its own folders), never a data folder. */
  dir: string
}

type Operations = Pick<ApiTable, 'computerUnlock.status' | 'computerUnlock.turnOn' | 'computerUnlock.turnOff'>

export interface ComputerUnlock {
  /** The data key this computer account keeps for the folder, or undefined: then the passphrase is asked. */
  dataKey(): Promise<Buffer | undefined>
  /** The computerUnlock operations, answered whether the folder is open or locked. */
  operations: Operations
}

const REFUSALS: Record<ComputerUnlockRefusal, string> = {
  'basic-text':
    'No keyring (such as GNOME Keyring or KWallet) answered on this computer, so the key would be protected only by a password written into Chromium itself.',
  'data-folder':
    'The data folder holds the folder where this computer account keeps its keys, so the key would travel with the data.'
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Unlock without typing for one data folder, with this computer's credential store. */
export function createComputerUnlock({
  dataDir,
  options,
  log,
  isOpen,
  delay = wait
}: {
  dataDir: string
  options: ComputerUnlockOptions
  log: Logger
  /** The folder is open (unlocked) now: only then can unlock without typing be turned on or off. */
  isOpen: () => boolean
  /** Waits out the slowdown after wrong passphrases; tests give a recorder. */
  delay?: (ms: number) => Promise<void>
}): ComputerUnlock {
  const wraps = new CredentialWraps({ dir: options.dir, dataDir, store: options.store, warn: (line) => log.info(line) })
  // Keys whose wrap the credential store could not open during this run: said as "failed" until
  // the user turns unlock without typing on again (which wraps the key anew) or off.
  const unreadable = new Set<string>()
  // Turning it on tries a passphrase: the same slowdown as at the unlock screen, so an open window
  // is no faster a way to guess it (and, one at a time, no way round the slowdown).
  let wrongInARow = 0
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  // A damaged key file is the store's to explain when the folder opens; here it offers nothing.
  const keyFile = (): Promise<KeyFile | null> => readKeyFile(nodeFs, dataDir).catch(() => null)

  async function status(): Promise<ComputerUnlockStatus> {
    const file = await keyFile()
    if (file === null) return { state: 'not-offered' }
    const availability = wraps.availability()
    if (!availability.available) {
      return availability.reason === 'no-store'
        ? { state: 'not-offered' }
        : { state: 'unsafe', reason: availability.reason }
    }
    if (unreadable.has(file.keyId)) return { state: 'failed' }
    return (await wraps.has(file.keyId)) ? { state: 'on' } : { state: 'off' }
  }

  function mustBeOpen(): void {
    if (!isOpen()) throw new StoreError('data-locked', `The data folder ${dataDir} is locked: unlock it first.`)
  }

  async function turnOn(passphrase: string): Promise<ComputerUnlockStatus> {
    mustBeOpen()
    const file = await keyFile()
    if (file === null) {
      throw new ApiFailure('invalid-input', `The data folder ${dataDir} is not encrypted, so there is no key to keep.`)
    }
    const availability = wraps.availability()
    if (!availability.available) {
      const why =
        availability.reason === 'no-store' ? 'This computer offers no credential store.' : REFUSALS[availability.reason]
      throw new ApiFailure('invalid-input', `Unlock without typing cannot be turned on here. ${why}`)
    }
    const slowdown = unlockDelayMs(wrongInARow)
    if (slowdown > 0) await delay(slowdown)
    let dataKey: Buffer
    try {
      dataKey = await unwrapWithPassphrase(file, passphrase)
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error
      wrongInARow++
      log.info(`A wrong passphrase was offered to turn on unlock without typing (${wrongInARow} in a row).`)
      throw new StoreError(
        'wrong-passphrase',
        `That passphrase does not open the data folder ${dataDir}. Unlock without typing stays off.`
      )
    }
    wrongInARow = 0
    await wraps.keep(dataKey)
    unreadable.delete(file.keyId)
    log.info('Unlock without typing was turned on for this computer account.')
    return status()
  }

  async function turnOff(): Promise<ComputerUnlockStatus> {
    mustBeOpen()
    const file = await keyFile()
    if (file !== null) {
      await wraps.remove(file.keyId)
      unreadable.delete(file.keyId)
      log.info('Unlock without typing was turned off for this computer account; its key was deleted.')
    }
    return status()
  }

  const answer = async <T>(name: string, task: () => Promise<T>): Promise<Result<T>> => {
    try {
      return ok(await task())
    } catch (error) {
      return { ok: false, error: toApiError(name, error, log) }
    }
  }

  return {
    async dataKey() {
      const file = await keyFile()
      if (file === null) return undefined
      const kept = await wraps.read(file.keyId)
      if (kept.found === 'unreadable') unreadable.add(file.keyId)
      if (kept.found !== 'key') return undefined
      unreadable.delete(file.keyId)
      return kept.dataKey
    },
    operations: {
      'computerUnlock.status': async (input) => {
        const parsed = parseInput('computerUnlock.status', input)
        return parsed.ok ? answer('computerUnlock.status', status) : parsed
      },
      'computerUnlock.turnOn': async (input) => {
        const parsed = parseInput('computerUnlock.turnOn', input)
        if (!parsed.ok) return parsed
        return serial(() => answer('computerUnlock.turnOn', () => turnOn(parsed.value.passphrase)))
      },
      'computerUnlock.turnOff': async (input) => {
        const parsed = parseInput('computerUnlock.turnOff', input)
        return parsed.ok ? serial(() => answer('computerUnlock.turnOff', turnOff)) : parsed
      }
    }
  }
}

/** The session with the computerUnlock operations answered by `unlock`, whichever table is current. */
export function withComputerUnlock(session: ApiSession, unlock: ComputerUnlock): ApiSession {
  const api = { ...session.api, ...unlock.operations }
  return {
    api,
    get store() {
      return session.store
    },
    requestLock: (reason) => session.requestLock(reason)
  }
}

/**
 * The same operations where nothing can be kept (the command line, the test harness, a table used
 * on its own): nothing is offered, and nothing can be turned on or off.
 */
export function noComputerUnlockHandlers() {
  const appOnly = (): never => {
    throw new ApiFailure(
      'invalid-input',
      'Only the app can unlock without typing, on a computer that offers a credential store.'
    )
  }
  return {
    'computerUnlock.status': (): ComputerUnlockStatus => ({ state: 'not-offered' }),
    'computerUnlock.turnOn': appOnly,
    'computerUnlock.turnOff': appOnly
  }
}
