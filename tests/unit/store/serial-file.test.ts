import { describe, expect, it } from 'vitest'
import { SerialFile } from '../../../src/main/store/serial-file'

describe('serialized writes to one file', () => {
  it('never runs two writes at once and ends with every change written', async () => {
    const written: number[][] = []
    let active = 0
    let overlapped = false
    const file = new SerialFile<number[]>(
      [],
      async (state) => {
        active += 1
        if (active > 1) overlapped = true
        await new Promise((resolve) => setTimeout(resolve, 2))
        written.push(state)
        active -= 1
      },
      (state) => [...state]
    )
    const first = Array.from({ length: 10 }, (_, n) => file.change((draft) => [...draft, n]))
    await first[0]
    const later = Array.from({ length: 10 }, (_, n) => file.change((draft) => [...draft, 10 + n]))
    await Promise.all([...first, ...later])

    expect(overlapped).toBe(false)
    expect(written.at(-1)).toEqual(Array.from({ length: 20 }, (_, n) => n))
    expect(file.state).toEqual(written.at(-1))
  })

  it('rejects the changes of a failed write and keeps the state that is on disk', async () => {
    let fail = true
    const file = new SerialFile<string[]>(
      ['kept'],
      async () => {
        if (fail) throw new Error('disk full')
      },
      (state) => [...state]
    )
    await expect(file.change((draft) => [...draft, 'lost'])).rejects.toThrow('disk full')
    expect(file.state).toEqual(['kept'])
    fail = false
    await file.change((draft) => [...draft, 'saved'])
    expect(file.state).toEqual(['kept', 'saved'])
  })
})
