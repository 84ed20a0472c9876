import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { operations, OPERATION_NAMES } from '@shared/operations'

// The window is untrusted: it never names a file. Writing or reading a user's file goes through
// the main process's own dialogs (src/main/api/user-files.ts), so no operation's input may hold
// a path, at any depth.

/** Every property name anywhere in a JSON Schema. */
function propertyNames(schema: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) {
    for (const part of schema) propertyNames(part, into)
  } else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const name of Object.keys(value)) into.add(name)
      }
      propertyNames(value, into)
    }
  }
  return into
}

describe("the window's operations", () => {
  it('take no file path in any input', () => {
    const named = OPERATION_NAMES.flatMap((name) =>
      [...propertyNames(z.toJSONSchema(operations[name].input, { unrepresentable: 'any', io: 'input' }))]
        .filter((property) => /path|^files?$|dir|folder/i.test(property))
        .map((property) => `${name}: ${property}`)
    )
    expect(named).toEqual([])
  })

  it('finds a path where one is declared, so the check above can fail', () => {
    const withPath = z.object({ filter: z.object({ nested: z.array(z.object({ path: z.string() })) }) })
    expect(propertyNames(z.toJSONSchema(withPath))).toContain('path')
  })
})
