// Where the user was, kept for the window's session so that a reload (Ctrl+R, or the app
// re-created after an unlock) opens the same screen and the same brief, not the library.
// Only names and ids are kept, never content: a locked app shows nothing of the library.

const KEY = 'dossier.place'

/** The screen and, among briefs, the one open in the composer; among meetings, the record open. */
export interface Place {
  section?: string
  briefId?: string
  recordId?: string
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    // Storage refused (a locked-down browser profile): the app simply starts on its first screen.
    return null
  }
}

/** The place last remembered; empty when none was, or what was kept cannot be read. */
export function rememberedPlace(): Place {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null) return {}
    const { section, briefId, recordId } = parsed as Record<string, unknown>
    return {
      ...(typeof section === 'string' ? { section } : {}),
      ...(typeof briefId === 'string' ? { briefId } : {}),
      ...(typeof recordId === 'string' ? { recordId } : {})
    }
  } catch {
    return {}
  }
}

/** Changes part of the remembered place; a key given as undefined is forgotten. */
export function rememberPlace(change: Place): void {
  const next: Place = { ...rememberedPlace(), ...change }
  for (const key of Object.keys(change) as (keyof Place)[]) if (change[key] === undefined) delete next[key]
  try {
    storage()?.setItem(KEY, JSON.stringify(next))
  } catch {
    // Full or refused: a reload starts on the first screen, nothing else is lost.
  }
}
