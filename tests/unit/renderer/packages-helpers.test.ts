import { describe, expect, it } from 'vitest'
import { addableBriefs, titleMatches } from '@renderer/features/packages/brief-filter'
import { draftProblems, emptyDraft } from '@renderer/features/packages/package-draft'
import { canMove, dropPosition, moveItem, reorderDelta } from '@renderer/features/packages/reorder'
import { brief } from './fixtures'

describe('reordering a package’s briefs', () => {
  it('moves one entry up or down and leaves the rest in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd'])
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a'])
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c'])
  })

  it('returns a new list and never loses or duplicates an entry at the ends', () => {
    const list = ['a', 'b']
    const moved = moveItem(list, 0, 5)
    expect(moved).toEqual(['b', 'a'])
    expect(list).toEqual(['a', 'b'])
    expect(moveItem(list, 7, 0)).toEqual(['a', 'b'])
    expect(moveItem(list, 0, -3)).toEqual(['a', 'b'])
  })

  it('puts a dragged entry just before or just after the one it is dropped on', () => {
    const list = ['a', 'b', 'c', 'd']
    const drop = (from: number, target: number, place: 'before' | 'after') =>
      moveItem(list, from, dropPosition(from, target, place))
    expect(drop(0, 2, 'before')).toEqual(['b', 'a', 'c', 'd'])
    expect(drop(0, 2, 'after')).toEqual(['b', 'c', 'a', 'd'])
    expect(drop(3, 1, 'before')).toEqual(['a', 'd', 'b', 'c'])
    expect(drop(3, 1, 'after')).toEqual(['a', 'b', 'd', 'c'])
    expect(drop(1, 0, 'after')).toEqual(list)
    expect(drop(1, 2, 'before')).toEqual(list)
  })

  it('knows when a move would leave the list', () => {
    expect(canMove(3, 0, -1)).toBe(false)
    expect(canMove(3, 2, 1)).toBe(false)
    expect(canMove(3, 1, 1)).toBe(true)
    expect(canMove(0, 0, 1)).toBe(false)
  })

  it('reads Alt+ArrowUp and Alt+ArrowDown, and nothing else', () => {
    expect(reorderDelta({ key: 'ArrowUp', altKey: true })).toBe(-1)
    expect(reorderDelta({ key: 'ArrowDown', altKey: true })).toBe(1)
    expect(reorderDelta({ key: 'ArrowDown', altKey: false })).toBeNull()
    expect(reorderDelta({ key: 'ArrowDown', altKey: true, ctrlKey: true })).toBeNull()
    expect(reorderDelta({ key: 'Enter', altKey: true })).toBeNull()
  })
})

describe('the package form', () => {
  const valid = { ...emptyDraft(), name: { en: 'Trip', fr: '' }, startDate: '2027-02-15', endDate: '2027-02-20' }

  it('accepts a name in one language and dates in order', () => {
    expect(draftProblems(valid)).toEqual([])
    expect(draftProblems({ ...valid, endDate: valid.startDate })).toEqual([])
  })

  it('asks for a name and says when the trip ends before it starts, both at once', () => {
    const problems = draftProblems({ ...valid, name: { en: ' ', fr: '' }, endDate: '2027-02-10' })
    expect(problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['name', 'packageEditor.validation.nameRequired'],
      ['endDate', 'packageEditor.validation.endBeforeStart']
    ])
  })

  it('asks for missing dates as missing, and a malformed one in the app’s date words', () => {
    const problems = draftProblems({ ...valid, startDate: '', endDate: '' })
    // Not "Enter a date as YYYY-MM-DD": the field is empty, and shows another format anyway.
    expect(problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['startDate', 'validation.required'],
      ['endDate', 'validation.required']
    ])
    expect(draftProblems({ ...valid, startDate: '2027-2-15' })[0]).toMatchObject({
      path: 'startDate',
      key: 'validation.date'
    })
  })
})

describe('finding briefs to add', () => {
  const mexico = brief({ id: 'mexico', title: { en: 'Asylum capacity', fr: 'Capacités en matière d’asile' } })
  const m5 = brief({
    id: 'm5',
    title: { en: 'Migration Five officials', fr: 'Hauts fonctionnaires du M5' },
    meeting: { date: '2027-03-16', time: '', place: { en: '', fr: '' }, format: 'multilateral' }
  })

  it('matches every word in either language, ignoring accents and case', () => {
    expect(titleMatches(mexico, 'CAPACITES asile')).toBe(true)
    expect(titleMatches(mexico, 'asylum capacité')).toBe(true)
    expect(titleMatches(mexico, 'asylum officials')).toBe(false)
    expect(titleMatches(mexico, '   ')).toBe(true)
  })

  it('leaves out briefs already in the package and lists the latest meeting first', () => {
    expect(addableBriefs([mexico, m5], [], '').map((each) => each.id)).toEqual(['m5', 'mexico'])
    expect(addableBriefs([mexico, m5], ['m5'], '').map((each) => each.id)).toEqual(['mexico'])
    expect(addableBriefs([mexico, m5], [], 'fonctionnaires').map((each) => each.id)).toEqual(['m5'])
  })
})
