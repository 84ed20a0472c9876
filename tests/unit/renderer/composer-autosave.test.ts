import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Brief } from '@shared/entities'
import type { BriefSaved } from '@shared/operations'
import type { Result } from '@shared/result'
import { createAutosave, retryDelay } from '@renderer/features/briefs/autosave/autosave-scheduler'
import type { SaveStatus } from '@renderer/features/briefs/autosave/autosave-scheduler'
import { composerBrief } from './composer-fixtures'

interface Call {
  brief: Brief
  expected: string
  resolve: (result: Result<BriefSaved>) => void
}

/** A save whose answers the test gives by hand, so it can hold a save in flight. */
function manualSave() {
  const calls: Call[] = []
  const save = (brief: Brief, expected: string) =>
    new Promise<Result<BriefSaved>>((resolve) => calls.push({ brief, expected, resolve }))
  let n = 0
  const answer = (index: number) => {
    const call = calls[index]
    if (!call) throw new Error(`no save #${index}`)
    n += 1
    call.resolve({ ok: true, value: { brief: { ...call.brief, updatedAt: `t${n}` }, markingRaised: null } })
  }
  return { calls, save, answer }
}

const titled = (en: string) => composerBrief({ title: { en, fr: '' } })

describe('autosave scheduler', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits for a pause in changes, then saves the latest brief once, expecting the opened updatedAt', async () => {
    const { calls, save, answer } = manualSave()
    const statuses: SaveStatus[] = []
    const autosave = createAutosave({
      save,
      updatedAt: 't0',
      onStatus: (s) => statuses.push(s),
      onSaved: () => {},
      debounceMs: 500,
      maxWaitMs: 10_000
    })
    autosave.change(titled('a'))
    await vi.advanceTimersByTimeAsync(300)
    autosave.change(titled('ab'))
    await vi.advanceTimersByTimeAsync(499)
    expect(calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.map((call) => [call.brief.title.en, call.expected])).toEqual([['ab', 't0']])
    answer(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(statuses).toEqual(['pending', 'saving', 'saved'])
  })

  it('saves steady typing within the maximum wait, even when it never pauses for the debounce', async () => {
    const { calls, save, answer } = manualSave()
    const autosave = createAutosave({
      save,
      updatedAt: 't0',
      onStatus: () => {},
      onSaved: () => {},
      debounceMs: 500,
      maxWaitMs: 700
    })
    // A change every 400 ms for 4 seconds: the 500 ms debounce alone would never fire.
    let answered = 0
    for (let step = 0; step < 10; step += 1) {
      autosave.change(titled(`typing ${step}`))
      await vi.advanceTimersByTimeAsync(400)
      while (answered < calls.length) answer(answered++)
    }
    expect(calls.length).toBeGreaterThanOrEqual(4)
    expect(calls[0]?.brief.title.en).toBe('typing 1')
    autosave.dispose()
  })

  it('never has two saves in flight; a change made meanwhile goes next, expecting the new updatedAt', async () => {
    const { calls, save, answer } = manualSave()
    const autosave = createAutosave({ save, updatedAt: 't0', onStatus: () => {}, onSaved: () => {}, debounceMs: 500 })
    autosave.change(titled('one'))
    await vi.advanceTimersByTimeAsync(500)
    autosave.change(titled('two'))
    await vi.advanceTimersByTimeAsync(2000)
    expect(calls).toHaveLength(1)
    answer(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.map((call) => [call.brief.title.en, call.expected])).toEqual([
      ['one', 't0'],
      ['two', 't1']
    ])
  })

  it('flush saves at once and resolves when saved', async () => {
    const { calls, save, answer } = manualSave()
    const autosave = createAutosave({ save, updatedAt: 't0', onStatus: () => {}, onSaved: () => {}, debounceMs: 500 })
    autosave.change(titled('now'))
    const flushed = autosave.flush()
    expect(calls).toHaveLength(1)
    let done = false
    void flushed.then(() => (done = true))
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(false)
    answer(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
    expect(autosave.status()).toBe('saved')
  })

  it('retries a failed save with back-off, and stops for good on a conflict', async () => {
    const results: Result<BriefSaved>[] = [
      { ok: false, error: { code: 'storage-failed', message: 'disk full' } },
      { ok: false, error: { code: 'conflict', message: 'saved elsewhere' } }
    ]
    const save = vi.fn(async () => results.shift() as Result<BriefSaved>)
    const statuses: SaveStatus[] = []
    const autosave = createAutosave({
      save,
      updatedAt: 't0',
      onStatus: (s) => statuses.push(s),
      onSaved: () => {},
      debounceMs: 500
    })
    autosave.change(titled('x'))
    await vi.advanceTimersByTimeAsync(500)
    expect(statuses.at(-1)).toBe('retrying')
    await vi.advanceTimersByTimeAsync(retryDelay(1) - 1)
    expect(save).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledTimes(2)
    expect(statuses.at(-1)).toBe('conflict')
    autosave.change(titled('y'))
    await autosave.flush()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('an invalid brief waits for the next change instead of retrying', async () => {
    const save = vi.fn(async (): Promise<Result<BriefSaved>> => ({
      ok: false,
      error: { code: 'invalid-input', message: 'bad date' }
    }))
    const autosave = createAutosave({ save, updatedAt: 't0', onStatus: () => {}, onSaved: () => {}, debounceMs: 500 })
    autosave.change(titled('x'))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(save).toHaveBeenCalledTimes(1)
    expect(autosave.status()).toBe('invalid')
    autosave.change(titled('fixed'))
    await vi.advanceTimersByTimeAsync(500)
    expect(save).toHaveBeenCalledTimes(2)
  })
})

describe('saving around a field to fix', () => {
  it('saves everything else with the field as last saved, and says the field is not saved', async () => {
    const { savableBrief } = await import('@renderer/features/briefs/autosave/savable-brief')
    const saved = composerBrief({ title: { en: 'Saved title', fr: '' } })
    const typing = {
      ...saved,
      title: { en: 'New title typed meanwhile', fr: '' },
      meeting: { ...saved.meeting, date: '2027-02-3' }
    }
    const prepared = savableBrief(typing, saved)
    expect(prepared?.complete).toBe(false)
    expect(prepared?.brief.title.en).toBe('New title typed meanwhile')
    expect(prepared?.brief.meeting.date).toBe(saved.meeting.date)
    expect(savableBrief(saved, saved)).toEqual({ brief: saved, complete: true })
  })

  it('reports invalid after saving the rest, and saves the field once it is fixed', async () => {
    vi.useFakeTimers()
    const { savableBrief } = await import('@renderer/features/briefs/autosave/savable-brief')
    const { calls, save, answer } = manualSave()
    const statuses: SaveStatus[] = []
    const opened = composerBrief({})
    const autosave = createAutosave({
      save,
      updatedAt: 't0',
      onStatus: (s) => statuses.push(s),
      onSaved: () => {},
      prepare: (brief) => savableBrief(brief, opened)
    })
    autosave.change({ ...opened, title: { en: 'Kept', fr: '' }, meeting: { ...opened.meeting, date: '' } })
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls.map((call) => call.brief.title.en)).toEqual(['Kept'])
    answer(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(statuses.at(-1)).toBe('invalid')
    autosave.change({ ...opened, title: { en: 'Kept', fr: '' }, meeting: { ...opened.meeting, date: '2027-03-01' } })
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls.at(-1)?.brief.meeting.date).toBe('2027-03-01')
    answer(1)
    await vi.advanceTimersByTimeAsync(0)
    expect(statuses.at(-1)).toBe('saved')
    autosave.dispose()
    vi.useRealTimers()
  })
})
