import { describe, expect, it } from 'vitest'
import * as ops from '@renderer/features/briefs/outline/outline-ops'
import { canRedo, canUndo, record, redo, startHistory, undo } from '@renderer/features/briefs/composer/history'
import { createComposerStore } from '@renderer/features/briefs/composer/composer-store'
import { toLibraryMap } from '@renderer/features/briefs/composer/library-map'
import { customSection, defaultSectionId, textBriefItem } from '@renderer/features/briefs/composer/new-items'
import { composerBrief, irritant, keyMessage, layout } from './composer-fixtures'

describe('outline operations', () => {
  it('add an item at the end or at a place, leaving other sections the same objects', () => {
    const brief = composerBrief()
    const text = textBriefItem('t1')
    const atEnd = ops.addItem(brief, 'sec-km', text)
    expect(layout(atEnd)['sec-km']).toEqual(['i1', 'i2', 't1'])
    expect(layout(ops.addItem(brief, 'sec-km', text, 0))['sec-km']).toEqual(['t1', 'i1', 'i2'])
    expect(atEnd.sections[1]).toBe(brief.sections[1])
  })

  it('move within a section, across sections, and one step at a time across section edges', () => {
    const brief = composerBrief()
    expect(layout(ops.moveItem(brief, 'i1', 'sec-km'))['sec-km']).toEqual(['i2', 'i1'])
    expect(layout(ops.moveItem(brief, 'i3', 'sec-km', 1))).toMatchObject({
      'sec-km': ['i1', 'i3', 'i2'],
      'sec-irr': []
    })
    expect(layout(ops.moveItemBy(brief, 'i1', 1))['sec-km']).toEqual(['i2', 'i1'])
    // Down from the last item of a section: the start of the next one.
    expect(layout(ops.moveItemBy(brief, 'i2', 1))).toMatchObject({ 'sec-km': ['i1'], 'sec-irr': ['i2', 'i3'] })
    // Up from the first item of a section: the end of the one before.
    expect(layout(ops.moveItemBy(brief, 'i3', -1))).toMatchObject({ 'sec-km': ['i1', 'i2', 'i3'], 'sec-irr': [] })
    // Nowhere to go: the same brief.
    expect(ops.moveItemBy(brief, 'i1', -1)).toBe(brief)
  })

  it('remove items and sections; rename and reorder sections', () => {
    const brief = composerBrief()
    expect(layout(ops.removeItem(brief, 'i2'))['sec-km']).toEqual(['i1'])
    expect(ops.removeSection(brief, 'sec-irr').sections.map((section) => section.id)).toEqual(['sec-km', 'sec-bg'])
    const renamed = ops.renameSection(brief, 'sec-bg', { en: 'Context', fr: 'Contexte' })
    expect(renamed.sections[2]?.title).toEqual({ en: 'Context', fr: 'Contexte' })
    expect(ops.moveSectionBy(brief, 'sec-bg', -1).sections.map((section) => section.id)).toEqual([
      'sec-km',
      'sec-bg',
      'sec-irr'
    ])
    expect(ops.moveSectionBy(brief, 'sec-km', -1)).toBe(brief)
    const added = ops.addSection(brief, customSection({ en: 'Press', fr: 'Presse' }, 'sec-press'), 1)
    expect(added.sections.map((section) => section.id)).toEqual(['sec-km', 'sec-press', 'sec-irr', 'sec-bg'])
  })

  it('edits in the brief set the override; taking the library text clears it and moves the version', () => {
    const brief = composerBrief()
    const edited = ops.setOverride(brief, 'i1', { en: 'Mine', fr: 'La mienne' })
    expect(edited.sections[0]?.items[0]).toMatchObject({ override: { en: 'Mine', fr: 'La mienne' } })
    expect(ops.takeLibraryText(edited, 'i1', 3).sections[0]?.items[0]).toMatchObject({
      placedVersion: 3,
      override: null
    })
  })

  it('keeps an irritant row by row: a line left out, a line edited, rows back to the library leave no field', () => {
    const brief = composerBrief()
    const leftOut = ops.setIrritantRow(brief, 'i3', 'mx', { included: false }, true)
    expect(leftOut.sections[1]?.items[0]).toMatchObject({
      rows: { context: { override: null }, lines: [{ lineId: 'mx', included: false, override: null }] }
    })
    const edited = ops.setIrritantRow(leftOut, 'i3', 'general', { override: { en: 'Ours.', fr: 'Le nôtre.' } }, true)
    expect(edited.sections[1]?.items[0]).toMatchObject({
      rows: {
        lines: [
          { lineId: 'mx', included: false, override: null },
          { lineId: 'general', included: true, override: { en: 'Ours.', fr: 'Le nôtre.' } }
        ]
      }
    })
    // Taking the library's text drops the brief's own texts and keeps the choice of lines.
    const taken = ops.takeLibraryText(edited, 'i3', 2, irritant('irr-visa'))
    expect(taken.sections[1]?.items[0]).toMatchObject({
      placedVersion: 2,
      rows: { lines: [{ lineId: 'mx', included: false, override: null }] }
    })
    // Back in, and following the library: the irritant carries no rows at all, as when placed.
    const back = ops.setIrritantRow(taken, 'i3', 'mx', { included: true }, true)
    expect(back.sections[1]?.items[0]).not.toHaveProperty('rows')
    // A group's line is out by default: adding it is a row, unticking it again removes the row.
    const group = ops.setIrritantRow(brief, 'i3', 'other', { included: true }, false)
    expect(
      ops.setIrritantRow(group, 'i3', 'other', { included: false }, false).sections[1]?.items[0]
    ).not.toHaveProperty('rows')
    // Rows belong to irritants only.
    expect(ops.setIrritantRow(brief, 'i1', null, { override: { en: 'x', fr: 'x' } }, true)).toEqual(brief)
  })

  it('drops count the place without the moved item', () => {
    const brief = composerBrief()
    // Dropping i1 after i2 in the same section puts it at index 1 of [i2].
    expect(ops.dropIndex(brief, 'sec-km', 'i2', true, 'i1')).toBe(1)
    expect(ops.dropIndex(brief, 'sec-km', 'i1', false, 'i3')).toBe(0)
    expect(ops.dropIndex(brief, 'sec-km', null, true, 'i3')).toBeUndefined()
  })

  it('items go by default to the section for their kind, else the first', () => {
    const brief = composerBrief()
    expect(defaultSectionId(brief, 'irritant')).toBe('sec-irr')
    expect(defaultSectionId(brief, 'backgroundNote')).toBe('sec-bg')
    expect(defaultSectionId(brief, 'partner')).toBe('sec-km')
  })
})

describe('undo history', () => {
  it('undoes and redoes; a new change clears what could be redone', () => {
    let history = startHistory('a')
    history = record(history, 'b')
    history = record(history, 'c')
    history = undo(history)
    expect(history.present).toBe('b')
    expect(canRedo(history)).toBe(true)
    history = redo(history)
    expect(history.present).toBe('c')
    history = record(undo(history), 'd')
    expect(canRedo(history)).toBe(false)
    expect(undo(history).present).toBe('b')
  })

  it('merges typing with the same key into one step, and keeps at most the limit', () => {
    let history = startHistory('')
    for (const text of ['C', 'Ca', 'Can']) history = record(history, text, 'text:t1')
    expect(history.past).toEqual([''])
    let long = startHistory(0)
    for (let n = 1; n <= 150; n++) long = record(long, n, null, 100)
    expect(long.past).toHaveLength(100)
    expect(long.past[0]).toBe(50)
    expect(canUndo(startHistory(1))).toBe(false)
  })
})

describe('composer store', () => {
  const library = toLibraryMap([
    { kind: 'keyMessage', item: keyMessage('km-a', 'A') },
    { kind: 'keyMessage', item: keyMessage('km-b', 'B') }
  ])

  it('applies edits as undoable steps and tells autosave every new brief', () => {
    const heard: string[][] = []
    const store = createComposerStore(
      composerBrief({ sections: composerBrief().sections.slice(0, 1) }),
      library,
      (brief) => heard.push(layout(brief)['sec-km'] ?? [])
    )
    store.apply((brief) => ops.moveItemBy(brief, 'i1', 1))
    expect(layout(store.getState().history.present)['sec-km']).toEqual(['i2', 'i1'])
    store.undo()
    store.redo()
    expect(heard).toEqual([
      ['i2', 'i1'],
      ['i1', 'i2'],
      ['i2', 'i1']
    ])
  })

  it('raises the marking to the floor when an item needs it, says why, and undo takes both back', () => {
    const store = createComposerStore(composerBrief({ sections: composerBrief().sections.slice(0, 1) }), library)
    const visa = irritant('irr-visa')
    store.addLibrary('irritant', visa)
    store.apply((brief) =>
      ops.addItem(brief, 'sec-km', {
        type: 'library',
        id: 'i9',
        kind: 'irritant',
        itemId: 'irr-visa',
        placedVersion: 1,
        override: null
      })
    )
    expect(store.getState().history.present.marking).toBe('PROTECTED A')
    expect(store.getState().markingNotice).toEqual({ from: 'UNCLASSIFIED', to: 'PROTECTED A', item: visa.title })
    store.undo()
    expect(store.getState().history.present.marking).toBe('UNCLASSIFIED')
    expect(store.getState().markingNotice).toBeNull()
  })

  it('takes typing in one irritant row as one step, and undo and redo bring the row back', () => {
    const visa = irritant('irr-visa')
    const store = createComposerStore(
      composerBrief({ marking: 'PROTECTED A' }),
      toLibraryMap([{ kind: 'irritant', item: visa }])
    )
    const row = () => {
      const item = store.getState().history.present.sections[1]?.items[0]
      return item?.type === 'library' ? item.rows : undefined
    }
    for (const en of ['W', 'We', 'We hire.'])
      store.apply(
        (brief) => ops.setIrritantRow(brief, 'i3', 'general', { override: { en, fr: 'Nous embauchons.' } }, true),
        'edit:i3/line/general'
      )
    store.seal()
    store.apply((brief) => ops.setIrritantRow(brief, 'i3', 'mx', { included: false }, true))
    expect(row()?.lines.map((line) => [line.lineId, line.included, line.override?.en ?? null])).toEqual([
      ['general', true, 'We hire.'],
      ['mx', false, null]
    ])
    store.undo()
    expect(row()?.lines.map((line) => line.lineId)).toEqual(['general'])
    store.undo()
    expect(row()).toBeUndefined()
    store.redo()
    expect(row()?.lines[0]?.override?.en).toBe('We hire.')
  })
})
