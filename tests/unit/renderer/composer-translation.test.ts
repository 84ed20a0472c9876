import { describe, expect, it } from 'vitest'
import { briefChecks } from '@shared/brief-rules'
import type { Brief, BriefItem } from '@shared/entities'
import { textState } from '@shared/translation'
import { createComposerStore } from '@renderer/features/briefs/composer/composer-store'
import { lookupIn, toLibraryMap } from '@renderer/features/briefs/composer/library-map'
import * as ops from '@renderer/features/briefs/outline/outline-ops'
import { composerBrief, keyMessage } from './composer-fixtures'

// The composer works out which language lags as the officer types, the way the app will when it
// saves, so the mark and the checks show at once; "still matches" rides with the next save.

const library = toLibraryMap([
  { kind: 'keyMessage', item: keyMessage('km-a', 'Canada values the partnership.') },
  { kind: 'keyMessage', item: keyMessage('km-b', 'B') }
])
const start = composerBrief({ sections: composerBrief().sections.slice(0, 1) })

function override(brief: Brief, id: string) {
  const item = brief.sections.flatMap((section) => section.items).find((each) => each.id === id) as BriefItem
  if (item.type !== 'library' || item.override === null) throw new Error(`${id} has no text of its own`)
  return item.override
}

describe('translation status in the composer', () => {
  it('an English-only edit of a placed item marks its French at once, and blocks a French document', () => {
    const store = createComposerStore(start, library)
    store.apply((brief) =>
      ops.setOverride(brief, 'i1', {
        en: 'Canada values the growing partnership.',
        fr: 'Canada values the partnership. (fr)'
      })
    )
    const present = store.getState().history.present
    expect(textState(override(present, 'i1'))).toBe('fr-needs-update')
    const checks = briefChecks({ ...present, language: 'fr' }, lookupIn(library), '2026-11-26')
    expect(checks.filter((check) => check.code === 'translation-out-of-step')).toMatchObject([
      { briefItemId: 'i1', detail: 'fr', blocking: true }
    ])
    // In an English document the newer English is what prints: worth a look only.
    const english = briefChecks({ ...present, language: 'en' }, lookupIn(library), '2026-11-26')
    expect(english.find((check) => check.code === 'translation-out-of-step')?.blocking).toBe(false)
  })

  it('editing the French too clears the mark, and undo brings it back', () => {
    const store = createComposerStore(start, library)
    store.apply((brief) =>
      ops.setOverride(brief, 'i1', { en: 'New English.', fr: 'Canada values the partnership. (fr)' })
    )
    store.apply((brief) => ops.setOverride(brief, 'i1', { en: 'New English.', fr: 'Nouveau français.' }))
    expect(textState(override(store.getState().history.present, 'i1'))).toBe('in-step')
    store.undo()
    expect(textState(override(store.getState().history.present, 'i1'))).toBe('fr-needs-update')
  })

  it('"still matches" clears the mark, waits for the next save, and is forgotten once saved', () => {
    const heard: Brief[] = []
    const store = createComposerStore(start, library, (brief) => heard.push(brief))
    store.apply((brief) =>
      ops.setOverride(brief, 'i1', { en: 'New English.', fr: 'Canada values the partnership. (fr)' })
    )
    store.confirmTranslation('i1')
    const present = store.getState().history.present
    expect(textState(override(present, 'i1'))).toBe('in-step')
    expect(store.getState().confirmed).toEqual(['i1'])
    // Autosave heard the confirmed brief, so the confirmation goes out with it.
    expect(heard.at(-1)).toBe(present)
    store.saved(present, ['i1'])
    expect(store.getState().confirmed).toEqual([])
    expect(textState(override(store.getState().history.present, 'i1'))).toBe('in-step')
  })
})
