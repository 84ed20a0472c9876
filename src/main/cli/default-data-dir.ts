import { homedir } from 'node:os'
import { join } from 'node:path'

/** Where the desktop app keeps its data by default (Electron's userData for "Dossier"), so both agree. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Dossier')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Dossier')
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'Dossier')
}
