import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { BilingualText } from '@shared/languages'
import { useComposer } from '../composer/composer-context'

const same = (a: BilingualText, b: BilingualText) => a.en === b.en && a.fr === b.fr

/**
 * Text being typed, kept in the editor and committed to the brief at the next frame (keystrokes
 * within one frame go together), on blur, when the composer saves, and on unmount. The preview
 * follows the brief, so it shows each keystroke in the frame after it; it used to wait for a
 * quarter-second commit. The outline's items are memoized, so a commit draws the edited item
 * only; autosave and undo group the commits of a burst of typing by themselves.
 * A change from outside (undo) replaces what the editor shows.
 */
export function useDraftText(value: BilingualText, commit: (text: BilingualText) => void) {
  const { registerEditor } = useComposer()
  const [draft, setDraft] = useState(value)
  const [synced, setSynced] = useState(value)
  const pending = useRef<BilingualText | null>(null)
  const frame = useRef<number | null>(null)
  const commitRef = useRef(commit)

  if (!same(value, synced)) {
    setSynced(value)
    setDraft(value)
  }

  useEffect(() => {
    commitRef.current = commit
  }, [commit])

  const flush = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current)
    frame.current = null
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
      // Drawn in the same frame: without flushSync, React would draw the commit a frame later.
      frame.current ??= requestAnimationFrame(() => flushSync(flush))
    },
    [flush]
  )

  return { draft, change, flush }
}
