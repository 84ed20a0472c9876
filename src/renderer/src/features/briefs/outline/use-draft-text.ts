import { useCallback, useEffect, useRef, useState } from 'react'
import type { BilingualText } from '@shared/languages'
import { useComposer } from '../composer/composer-context'

/** How often typing reaches the brief (and the preview) while it goes on; autosave follows. */
export const COMMIT_DELAY_MS = 250

const same = (a: BilingualText, b: BilingualText) => a.en === b.en && a.fr === b.fr

/**
 * Text being typed, kept in the editor and committed after a short pause, on blur, when the
 * composer saves, and on unmount, so the outline does not render again on every keystroke.
 * A change from outside (undo) replaces what the editor shows.
 */
export function useDraftText(value: BilingualText, commit: (text: BilingualText) => void) {
  const { registerEditor } = useComposer()
  const [draft, setDraft] = useState(value)
  const [synced, setSynced] = useState(value)
  const pending = useRef<BilingualText | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const commitRef = useRef(commit)

  if (!same(value, synced)) {
    setSynced(value)
    setDraft(value)
  }

  useEffect(() => {
    commitRef.current = commit
  }, [commit])

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    const text = pending.current
    if (text === null) return
    pending.current = null
    setSynced(text)
    commitRef.current(text)
  }, [])

  useEffect(() => {
    const unregister = registerEditor(flush)
    return () => {
      unregister()
      flush()
    }
  }, [registerEditor, flush])

  const change = useCallback(
    (text: BilingualText) => {
      setDraft(text)
      pending.current = text
      // A timer already running is left to run: steady typing must still reach the brief (and
      // the disk) every quarter second, not only when the officer pauses.
      timer.current ??= setTimeout(flush, COMMIT_DELAY_MS)
    },
    [flush]
  )

  return { draft, change, flush }
}
