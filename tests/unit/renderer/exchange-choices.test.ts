import { describe, expect, it } from 'vitest'
import type { BundlePreview, ImportStatus } from '@shared/exchange-inputs'
import {
  canApply,
  choicesToSend,
  conflictKeys,
  summarize,
  summaryPhrases
} from '@renderer/features/exchange/receive/import-choices'
import { partner } from './fixtures'

type Entry = BundlePreview['entries'][number]

function entry(id: string, status: ImportStatus, kind: Entry['kind'] = 'keyMessage'): Entry {
  // Only kind, id and status matter to the choices model; the items are stand-ins.
  return { kind, id, status, theirs: partner({ id }), ...(status === 'new' ? {} : { mine: partner({ id }) }) }
}

const preview = {
  entries: [
    entry('km-a', 'new'),
    entry('km-b', 'new'),
    entry('km-c', 'new'),
    entry('km-d', 'updated'),
    entry('ir-e', 'updated', 'irritant'),
    entry('km-f', 'unchanged'),
    entry('km-g', 'local-newer'),
    entry('km-x', 'conflict'),
    entry('mexico', 'conflict', 'partner')
  ]
}

describe('the import choices model', () => {
  it('keys conflicts as kind:id, the way applyImport reads them', () => {
    expect(conflictKeys(preview)).toEqual(['keyMessage:km-x', 'partner:mexico'])
  })

  it('keeps Apply off until every conflict is settled', () => {
    expect(canApply(summarize(preview, {}))).toBe(false)
    expect(canApply(summarize(preview, { 'keyMessage:km-x': 'theirs' }))).toBe(false)
    expect(canApply(summarize(preview, { 'keyMessage:km-x': 'theirs', 'partner:mexico': 'mine' }))).toBe(true)
  })

  it('does not count a choice for an item that is not a conflict of this preview', () => {
    const summary = summarize(preview, { 'keyMessage:km-a': 'mine', 'keyMessage:km-x': 'both' })
    expect(summary.unsettled).toBe(1)
    expect(canApply(summary)).toBe(false)
  })

  it('allows Apply at once when the file has no conflict', () => {
    expect(canApply(summarize({ entries: [entry('km-a', 'new')] }, {}))).toBe(true)
  })

  it('counts what applying will do, as the import counts it', () => {
    const summary = summarize(preview, { 'keyMessage:km-x': 'theirs', 'partner:mexico': 'both' })
    expect(summary).toMatchObject({
      fresh: 3,
      newer: 2,
      conflicts: 2,
      settled: 2,
      unsettled: 0,
      mine: 0,
      theirs: 1,
      both: 1,
      // New ones and theirs kept beside mine are added; updated ones and theirs taken update.
      added: 4,
      updated: 3,
      nothingToWrite: false
    })
  })

  it('says when applying would write nothing', () => {
    const onlyConflicts = { entries: [entry('km-x', 'conflict'), entry('km-f', 'unchanged')] }
    expect(summarize(onlyConflicts, { 'keyMessage:km-x': 'mine' }).nothingToWrite).toBe(true)
    expect(summarize(onlyConflicts, { 'keyMessage:km-x': 'theirs' }).nothingToWrite).toBe(false)
  })

  it('phrases the summary as "3 new, 2 updated, 2 conflicts settled", and how many are left', () => {
    const settled = summaryPhrases(summarize(preview, { 'keyMessage:km-x': 'mine', 'partner:mexico': 'theirs' }))
    expect(settled).toEqual([
      { key: 'exchange.summary.new', values: { count: 3 } },
      { key: 'exchange.summary.updated', values: { count: 2 } },
      { key: 'exchange.summary.settled', values: { count: 2 } }
    ])
    const waiting = summaryPhrases(summarize(preview, { 'partner:mexico': 'theirs' }))
    expect(waiting.at(-1)).toEqual({ key: 'exchange.summary.settledOf', values: { settled: 1, count: 2 } })
    expect(summaryPhrases(summarize({ entries: [entry('km-f', 'unchanged')] }, {}))).toEqual([])
  })

  it('sends only the choices for this preview’s conflicts', () => {
    expect(
      choicesToSend(preview, { 'keyMessage:km-x': 'both', 'keyMessage:km-a': 'mine', 'partner:old': 'theirs' })
    ).toEqual({ 'keyMessage:km-x': 'both' })
  })
})
