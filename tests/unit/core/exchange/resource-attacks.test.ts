import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiTable } from '../../../../src/main/api'
import { createFileReader, timeLeftMs } from '../../../../src/main/core/exchange'
import { WORKER_LIMITS } from '../../../../src/main/core/exchange/worker-limits'
import { docx, goodDocxParts, documentXml } from '../../../fixtures/make-bad-inputs'
import { resourceAttacks, writeResourceAttacks } from '../../../fixtures/make-resource-attacks'
import { openTestApi, tempDataDir, testFileHost } from '../../main/api/test-api'
import { hashFolder } from './helpers'

// Every resource attack goes the way a user's file goes: through the api table, into the file
// worker, and back as a refusal in plain words, by the cap meant to catch it, the data folder
// untouched. (How long each takes is the benchmark's business: npm run bench.)

let attacksDir: string
let paths: Map<string, string>
let data: { dir: string; remove: () => Promise<void> }
let api: ApiTable
// The dialog's answer: the attack file under test.
const files = testFileHost()

beforeAll(async () => {
  attacksDir = await mkdtemp(join(tmpdir(), 'dossier-attacks-'))
  paths = await writeResourceAttacks(attacksDir)
  data = await tempDataDir()
  api = await openTestApi(data.dir, files)
}, 60_000)
afterAll(async () => {
  await rm(attacksDir, { recursive: true, force: true })
  await data.remove()
})

describe('resource attacks through the api', () => {
  it.each(resourceAttacks.map((attack) => [attack.name, attack] as const))(
    'refuses %s by its cap, in words, and changes nothing',
    async (name, attack) => {
      const before = await hashFolder(data.dir)
      const path = paths.get(name)!
      files.openFrom = [path]
      const result =
        attack.command === 'bundle' ? await api['exchange.previewBundle']({}) : await api['exchange.readWord']({})

      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid-file')
      expect(result.error.message).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')} cannot be used: `))
      const said = [result.error.message, ...(result.error.issues ?? []).map((issue) => issue.message)].join('\n')
      expect(said).toMatch(attack.refusedBy)
      // A hundred problems at most, then one line saying how many more and what went unchecked.
      expect(result.error.issues?.length ?? 0).toBeLessThanOrEqual(101)
      expect(await hashFolder(data.dir)).toEqual(before)
    },
    30_000
  )
})

describe('the file worker', () => {
  // A real document under every cap: nine thousand paragraphs of a few words. mammoth needs some
  // 40 MB for it (measured: it fails in 32 MB and reads in 48), a small document less than 16.
  const bigDocument = () =>
    docx({
      ...goodDocxParts(),
      'word/document.xml': documentXml(
        '<w:p><w:r><w:t>Canada works with its partners on asylum capacity.</w:t></w:r></w:p>'.repeat(9_000)
      )
    })

  it('stops a reading that runs out of memory, says so in words, and reads the next file in a new worker', async () => {
    const file = join(attacksDir, 'big-document.docx')
    await writeFile(file, bigDocument())
    const small = join(attacksDir, 'small-document.docx')
    await writeFile(small, docx(goodDocxParts()))
    const cramped = createFileReader({ ...WORKER_LIMITS, maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 2 })
    // The heap is enough for the reader and a small document: it is the big one that fills it.
    expect((await cramped.readWord(small)).ok).toBe(true)
    await expect(cramped.readWord(file)).rejects.toMatchObject({
      code: 'file-too-demanding',
      message: expect.stringMatching(/^big-document\.docx cannot be used: it needed more than the 24 MB of memory/)
    })
    expect((await cramped.readWord(small)).ok).toBe(true)
    cramped.close()

    const roomy = createFileReader()
    const read = await roomy.readWord(file)
    expect(read.ok && read.paragraphs.length).toBe(9_000)
    // The same worker goes on to the next file.
    const again = await roomy.readWord(file)
    expect(again.ok).toBe(true)
    roomy.close()
  }, 60_000)

  it("counts the worker's own CPU time, so a busy machine does not refuse a real file, within three times the limit", () => {
    // Four seconds by the clock, one of work: another program had the processor. Three more seconds.
    expect(timeLeftMs(1_000, 4_000, 4_000)).toBe(3_000)
    // The work is spent: stop, whatever the clock says.
    expect(timeLeftMs(4_000, 4_100, 4_000)).toBeLessThanOrEqual(0)
    // However starved, the clock stops it at three times the limit.
    expect(timeLeftMs(500, 12_000, 4_000)).toBeLessThanOrEqual(0)
    // Where the runtime cannot tell the worker's CPU time, the clock alone decides, as before.
    expect(timeLeftMs(null, 4_000, 4_000)).toBeLessThanOrEqual(0)
  })

  it('stops a reading that runs out of time and says so in words', async () => {
    const file = join(attacksDir, 'slow-document.docx')
    await writeFile(file, bigDocument())
    // Converting nine thousand paragraphs keeps the worker busy far longer than a millisecond.
    const hurried = createFileReader({ ...WORKER_LIMITS, timeLimitMs: 1 })
    await expect(hurried.readWord(file)).rejects.toMatchObject({
      code: 'file-too-demanding',
      message: expect.stringMatching(/^slow-document\.docx cannot be used: it took longer than the 0\.001 seconds/)
    })
    hurried.close()
  }, 60_000)
})
