import type { AppStatus } from '@shared/operations'
import type { Settings } from '@shared/entities'
import type { Result } from '@shared/result'
import { bridgeInstalled, forward } from '@renderer/api/forward'
import { openingPageRequest } from '@renderer/features/library/early'
import type { AskedPage } from '@renderer/features/library/early'
import { firstSection } from './sections'

// The window's first questions, asked as this module is evaluated: main.tsx imports it first,
// so they leave before the rest of the window's code is read and run (150 to 200 ms on the
// bench's 2 cores), and their answers wait for start-up instead of start-up waiting for them.
// Each is used once, by the first start-up; any later one asks again. Nothing imported here
// builds schemas as it loads, which would hold the questions back.

interface EarlyCalls {
  status: Promise<Result<AppStatus>>
  settings: Promise<Result<Settings>>
  /**
   * The library's first page, when the window opens on the library: on its way while the window
   * is drawn, instead of asked for once start-up knows the folder opened (150 ms later on the
   * embedded library). Start-up hands it to the library, or drops it (a locked folder answers
   * it with an error, a new user sees the welcome first).
   */
  firstPage: AskedPage | null
}

// Without a bridge yet (a test that installs one later), start-up asks when it runs.
let early: EarlyCalls | null = bridgeInstalled() ? ask() : null

function ask(): EarlyCalls {
  const calls = { settings: forward('settings.get')({}), status: forward('app.status')({}) }
  if (firstSection() !== 'library') return { ...calls, firstPage: null }
  const request = openingPageRequest()
  return { ...calls, firstPage: { request, answer: forward('library.search')(request) } }
}

/** The status, settings and first page asked for as the window loaded, once; null after. */
export function takeEarlyCalls(): EarlyCalls | null {
  const taken = early
  early = null
  return taken
}
