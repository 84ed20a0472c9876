import { describe, expect, it } from 'vitest'
import { BatchQueue } from '../../../src/main/store/batch-queue'

/** A queue that records what it writes and when a task runs, each write taking a turn of the event loop. */
function recordingQueue(): { queue: BatchQueue<string>; log: string[] } {
  const log: string[] = []
  const queue = new BatchQueue<string>(async (batch) => {
    await new Promise((resolve) => setTimeout(resolve, 1))
    log.push(`write ${batch.join('+')}`)
  })
  return { queue, log }
}

describe('a batch queue', () => {
  it('runs an exclusive task after what was queued before it and before what is queued meanwhile', async () => {
    const { queue, log } = recordingQueue()
    const first = queue.push('a')
    const task = queue.exclusive(async () => {
      log.push('task starts')
      // Queued while the task runs: must wait for it.
      void queue.push('b')
      await new Promise((resolve) => setTimeout(resolve, 5))
      log.push('task ends')
      return 'done'
    })
    await first
    expect(await task).toBe('done')
    await queue.idle()
    expect(log).toEqual(['write a', 'task starts', 'task ends', 'write b'])
  })

  it('lets idle wait for entries queued during an exclusive task', async () => {
    const { queue, log } = recordingQueue()
    const task = queue.exclusive(async () => {
      void queue.push('during')
      await new Promise((resolve) => setTimeout(resolve, 2))
    })
    // Asked while the task runs: answered once what the task left queued is written too.
    await queue.idle()
    expect(log).toEqual(['write during'])
    await task
  })

  it('runs two exclusive tasks one after the other', async () => {
    const { queue, log } = recordingQueue()
    await Promise.all(
      [1, 2].map((n) =>
        queue.exclusive(async () => {
          log.push(`task ${n} starts`)
          await new Promise((resolve) => setTimeout(resolve, 2))
          log.push(`task ${n} ends`)
        })
      )
    )
    expect(log).toEqual(['task 1 starts', 'task 1 ends', 'task 2 starts', 'task 2 ends'])
  })
})
