import type { AppStatus } from '@shared/operations'
import type { Settings } from '@shared/entities'
import type { Result } from '@shared/result'
import { bridgeInstalled, forward } from '@renderer/api/forward'

// The window's first two questions, asked as this module is evaluated: main.tsx imports it
// first, so they leave before the rest of the window's code is read and run (150 to 200 ms on
// the bench's 2 cores), and their answers wait for start-up instead of start-up waiting for
// them. Each is used once, by the first start-up; any later one asks again.

// Without a bridge yet (a test that installs one later), start-up asks when it runs.
let early: { status: Promise<Result<AppStatus>>; settings: Promise<Result<Settings>> } | null = bridgeInstalled()
  ? { settings: forward('settings.get')({}), status: forward('app.status')({}) }
  : null

/** The status and settings asked for as the window loaded, once; null after. */
export function takeEarlyCalls(): typeof early {
  const taken = early
  early = null
  return taken
}
