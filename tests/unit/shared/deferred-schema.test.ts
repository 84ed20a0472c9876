import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { deferred } from '@shared/deferred-schema'
import type * as deferredSchema from '@shared/deferred-schema'

// Schemas are built when first used, not when their modules load (deferred-schema.ts says why),
// and a deferred schema must then behave as the schema itself wherever zod or the app uses it.

afterEach(() => {
  vi.doUnmock('@shared/deferred-schema')
  vi.resetModules()
})

describe('a deferred schema', () => {
  it('is built once, when first touched', () => {
    const build = vi.fn(() => z.object({ id: z.string() }))
    const schema = deferred(build)
    expect(build).not.toHaveBeenCalled()
    expect(schema.parse({ id: 'a' })).toEqual({ id: 'a' })
    expect(schema.safeParse({ id: 1 }).success).toBe(false)
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('behaves as the schema inside others, spread, extended, picked and told apart by kind', () => {
    const person = deferred(() => z.object({ name: z.string().min(1), title: z.string() }))
    const shape = deferred(() => ({ id: z.string(), person }))
    const item = z.discriminatedUnion('type', [
      deferred(() => z.object({ type: z.literal('person'), ...shape })),
      z.object({ type: z.literal('text'), text: z.string() })
    ])
    expect(item.parse({ type: 'person', id: 'p1', person: { name: 'Ana', title: '' } })).toEqual({
      type: 'person',
      id: 'p1',
      person: { name: 'Ana', title: '' }
    })
    const refused = item.safeParse({ type: 'person', id: 'p1', person: { name: '', title: '' } })
    expect(refused.error?.issues[0]?.path).toEqual(['person', 'name'])
    expect(Object.keys(person.shape)).toEqual(['name', 'title'])
    expect(person.extend({ age: z.number() }).parse({ name: 'Ana', title: '', age: 3 })).toHaveProperty('age', 3)
    expect(person.pick({ name: true }).parse({ name: 'Ana', title: 'x' })).toEqual({ name: 'Ana' })
    expect(person).toBeInstanceOf(z.ZodObject)
    expect(z.toJSONSchema(person)).toMatchObject({ type: 'object', required: ['name', 'title'] })
  })
})

describe("the app's schemas", () => {
  it('are not built as their modules load, only as a call uses them', async () => {
    const built: unknown[] = []
    vi.doMock('@shared/deferred-schema', async (importOriginal) => {
      const original = await importOriginal<typeof deferredSchema>()
      return {
        deferred: <T extends object>(build: () => T) =>
          original.deferred(() => {
            const value = build()
            built.push(value)
            return value
          })
      }
    })
    // The operations table names every input schema, and through them every entity's.
    const { operations } = await import('@shared/operations')
    await import('@shared/records')
    expect(built).toHaveLength(0)
    expect(operations['briefs.get'].input.parse({ id: 'brief-1' })).toEqual({ id: 'brief-1' })
    expect(built).toHaveLength(1)
  })
})
