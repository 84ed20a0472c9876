import { describe, expect, it } from 'vitest'
import { libraryDragData, readLibraryDrag } from '@renderer/features/briefs/picker/library-drag'
import { DRAG_TYPES } from '@renderer/lib/drag-and-drop'
import { keyMessage } from './composer-fixtures'

describe('a library card dragged into a brief', () => {
  it('carries a reference to the item, which the drop reads back', () => {
    const item = keyMessage('km-mexico-partnership', 'Canada and Mexico are partners.')
    const data = libraryDragData({ kind: 'keyMessage', item, terms: [], review: 'current' }, 'Partners')
    expect(data.type).toBe(DRAG_TYPES.libraryItem)
    expect(data.label).toBe('Partners')
    // Only the reference travels: the text is read fresh from the library at the drop.
    expect(JSON.parse(data.value)).toEqual({ kind: 'keyMessage', id: 'km-mexico-partnership' })
    expect(readLibraryDrag(data.value)).toEqual({ kind: 'keyMessage', id: 'km-mexico-partnership' })
  })

  it('refuses what another program could drop under the same type', () => {
    expect(readLibraryDrag('not json')).toBeNull()
    expect(readLibraryDrag('')).toBeNull()
    expect(readLibraryDrag('null')).toBeNull()
    expect(readLibraryDrag('{"kind":"brief","id":"km-1"}')).toBeNull()
    expect(readLibraryDrag('{"kind":"keyMessage","id":"../../etc/passwd"}')).toBeNull()
    expect(readLibraryDrag('{"kind":"keyMessage","id":"km-1","text":"FORGED"}')).toBeNull()
    expect(readLibraryDrag('{"kind":"keyMessage"}')).toBeNull()
  })
})
