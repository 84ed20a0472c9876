import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

// Debian's Chromium where it is installed (CI and these machines cannot download Playwright's
// own browser); Playwright's Chromium elsewhere, so the same command works on a laptop.
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** Launch options for the end-to-end browser. */
export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(DEBIAN_CHROMIUM)) return {}
  return {
    executablePath: DEBIAN_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  }
}
