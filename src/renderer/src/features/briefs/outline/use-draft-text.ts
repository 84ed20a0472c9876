import { useState } from 'react'
import type { BilingualText } from '@shared/languages'

const same = (a: BilingualText, b: BilingualText) => a.en === b.en && a.fr === b.fr

/**
 * Text being typed, shown by the editor and committed to the brief with each change, in the
 * render that draws the keystroke: the preview shows it in the same frame as the text box. The
 * outline's items are memoized, so a commit draws the edited item only; autosave and undo group
 * the commits of a burst of typing by themselves. A change from outside (undo) replaces what the
 * editor shows.
 *
 * Committed at the next animation frame instead (to gather the keys typed within one frame),
 * each key rendered the edited item twice, and the commit ran inside the frame about to be drawn:
 * Chromium's own event timing put keystroke to screen 6-8 ms later (means of 24 keys, 20,000-item
 * and embedded libraries), and a probe watching for the text from its own frame callback saw it
 * a frame later still.
 */
export function useDraftText(value: BilingualText, commit: (text: BilingualText) => void) {
  const [draft, setDraft] = useState(value)
  // Each change is committed as it is shown, so a value unlike the one shown came from outside.
  if (!same(value, draft)) setDraft(value)

  const change = (text: BilingualText) => {
    setDraft(text)
    commit(text)
  }

  return { draft, change }
}
