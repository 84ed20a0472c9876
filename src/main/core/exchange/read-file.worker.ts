import { open } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import { BUNDLE_LIMITS, fileTooLargeMessage, WORD_LIMITS } from './limits'
import { readBundle } from './read-bundle'
import type { ReadBundleResult } from './read-bundle'
import { readWordParagraphs } from './word-import'
import type { ReadWordResult } from './word-import'

// The file worker: reads files from outside, a bundle or a Word document at a time, checks each in
// full and answers with what it holds or its problems. It runs in a worker thread with a heap limit
// and a time limit per file (read-off-thread.ts), so the worst file costs this thread, never the app's.

/** The file to read and which reader reads it. */
export interface FileJob {
  kind: 'bundle' | 'word'
  path: string
}

/** What the worker says of each file: that its reader is loaded (its time starts), then its answer. */
export type WorkerMessage = { type: 'started' } | { type: 'done'; result: ReadBundleResult | ReadWordResult }

const port = parentPort!

// Reads at most the size the file had when it was opened, and no more than the cap: a file that
// grows while it is read (or a device that never ends) cannot make the read unbounded.
async function readCapped(path: string, maxBytes: number): Promise<Uint8Array | string> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) return fileTooLargeMessage(size, maxBytes)
    const bytes = new Uint8Array(size)
    let filled = 0
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return bytes.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

async function run(job: FileJob): Promise<ReadBundleResult | ReadWordResult> {
  const limits = job.kind === 'bundle' ? BUNDLE_LIMITS : WORD_LIMITS
  const bytes = await readCapped(job.path, limits.maxFileBytes)
  if (typeof bytes === 'string') return { ok: false, problems: [{ where: 'the file', message: bytes }] }
  return job.kind === 'bundle' ? readBundle(bytes) : readWordParagraphs(bytes)
}

port.on('message', async (job: FileJob) => {
  // Word's reader is loaded before the clock starts: loading code is not the file's doing.
  if (job.kind === 'word') await import('mammoth')
  port.postMessage({ type: 'started' } satisfies WorkerMessage)
  port.postMessage({ type: 'done', result: await run(job) } satisfies WorkerMessage)
})
