import { describe, expect, it } from 'vitest'
import { migrations, runMigrations } from '../../../src/main/store/migrations/index'
import type { Migration } from '../../../src/main/store/migrations/index'
import { StoreError } from '../../../src/main/store/store-error'
import { SCHEMA_VERSION } from '../../../src/main/store/version'

const steps: Migration[] = [
  { from: 1, to: 2, migrate: (data) => ({ ...(data as object), trail: ['1->2'] }) },
  {
    from: 2,
    to: 3,
    migrate: (data) => ({ ...(data as { trail: string[] }), trail: [...(data as { trail: string[] }).trail, '2->3'] })
  },
  {
    from: 3,
    to: 4,
    migrate: (data) => ({ ...(data as { trail: string[] }), trail: [...(data as { trail: string[] }).trail, '3->4'] })
  }
]

describe('migration runner', () => {
  it('applies the steps in order and stamps the new version', () => {
    expect(runMigrations({ schemaVersion: 1 }, 1, 4, steps)).toEqual({
      schemaVersion: 4,
      trail: ['1->2', '2->3', '3->4']
    })
  })

  it('starts from the file version, skipping steps it has already passed', () => {
    expect(runMigrations({ schemaVersion: 3, trail: [] }, 3, 4, steps)).toEqual({ schemaVersion: 4, trail: ['3->4'] })
  })

  it('finds the steps whatever order the list is in', () => {
    expect(runMigrations({ schemaVersion: 1 }, 1, 4, [...steps].reverse())).toMatchObject({
      trail: ['1->2', '2->3', '3->4']
    })
  })

  it('refuses a gap in the chain', () => {
    const gap = [steps[0]!, steps[2]!]
    expect(() => runMigrations({ schemaVersion: 1 }, 1, 4, gap, 'library/partners.json')).toThrow(StoreError)
    expect(() => runMigrations({ schemaVersion: 1 }, 1, 4, gap, 'library/partners.json')).toThrow(/from data version 2/)
  })

  it('leaves a document at the current version alone', () => {
    const document = { schemaVersion: 1, items: [] }
    expect(runMigrations(document, 1, 1, steps)).toBe(document)
  })

  it('ships one step per data version, up to the one this build writes', () => {
    expect(migrations.map((step) => [step.from, step.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6]
    ])
    expect(SCHEMA_VERSION).toBe(6)
  })
})
