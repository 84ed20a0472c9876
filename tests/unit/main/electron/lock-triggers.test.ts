import { describe, expect, it, vi } from 'vitest'
import type { LockReason } from '@shared/operations'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { lockOnSystemEvents } from '../../../../src/main/electron/lock-triggers'
import { FakeEmitter } from '../../electron-fake'

// powerMonitor's events exist only in the real Electron: here a fake emits them, and the
// session's requestLock records what it was asked.

describe('locking on system events', () => {
  it('asks the session to lock when the screen locks and when the computer goes to sleep', () => {
    const power = new FakeEmitter()
    const asked: LockReason[] = []
    lockOnSystemEvents(power, { requestLock: async (reason) => void asked.push(reason) }, createMemoryLogger())
    expect(asked).toEqual([])
    power.emit('lock-screen')
    power.emit('suspend')
    expect(asked).toEqual(['screen-locked', 'suspend'])
  })

  it('logs a lock that failed instead of letting it go unnoticed', async () => {
    const power = new FakeEmitter()
    const log = createMemoryLogger()
    const requestLock = vi.fn(async () => {
      throw new Error('disk gone')
    })
    lockOnSystemEvents(power, { requestLock }, log)
    power.emit('suspend')
    await vi.waitFor(() => expect(log.lines.join('\n')).toContain('could not lock (suspend)'))
  })
})
