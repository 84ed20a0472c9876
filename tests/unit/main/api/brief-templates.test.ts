import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { briefTemplatesIn } from '../../../../src/main/api'

// The brief templates are read when first asked for, not at every open (most commands and starts
// never use them), then kept; a read that failed says why and is tried again at the next ask.

const RESOURCES = join(process.cwd(), 'resources')
let dir = ''
afterEach(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true })
  dir = ''
})

describe('the brief templates', () => {
  it('are read at the first ask, kept, and a failed read is tried again', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-templates-'))
    const templates = briefTemplatesIn(dir)
    // Nothing is read until asked: the file can arrive after the api is made.
    await expect(templates()).rejects.toThrow(/brief-templates\.json/)
    await copyFile(join(RESOURCES, 'brief-templates.json'), join(dir, 'brief-templates.json'))
    const read = await templates()
    expect(read.map((template) => template.id)).toContain('bilateral')
    // Kept: gone from disk, still there.
    await rm(join(dir, 'brief-templates.json'))
    expect(await templates()).toBe(read)
  })
})
