// The app reloads after a restore, so every screen reads the restored content afresh; what to
// tell the user afterwards is kept for the window's session until Settings shows it once.
// Only the restored backup's date is kept, never content.

const KEY = 'dossier.restored'

/** The backup restored, by its date. */
export interface RestoredBackup {
  takenAt: string
}

export function rememberRestored(restored: RestoredBackup): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(restored))
  } catch {
    // Storage refused: the reload still shows the restored content, only without the line.
  }
}

/** The restore to tell of, once: reading it forgets it. */
export function takeRestored(): RestoredBackup | null {
  try {
    const kept = sessionStorage.getItem(KEY)
    sessionStorage.removeItem(KEY)
    const parsed: unknown = kept === null ? null : JSON.parse(kept)
    if (typeof parsed !== 'object' || parsed === null) return null
    const { takenAt } = parsed as Record<string, unknown>
    return typeof takenAt === 'string' ? { takenAt } : null
  } catch {
    return null
  }
}
