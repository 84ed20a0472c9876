import { useEffect, useRef, useState } from 'react'
import { meetingRecordSchema } from '@shared/records'
import type { MeetingRecord } from '@shared/records'
import { api } from '@renderer/api/client'
import { createSaver } from '@renderer/lib/autosave-scheduler'
import type { SaveStatus } from '@renderer/lib/autosave-scheduler'
import { onBeforeLock } from '@renderer/lib/before-lock'
import { savable } from '@renderer/lib/savable'
import { useFlushOnLeave } from '@renderer/lib/use-flush-on-leave'

/**
 * The record as the user edits it, saved as the composer saves a brief: after a pause, in
 * order, retried, never over a newer save, and at once when the window hides, the editor
 * closes or the app locks. A field half typed (a date) keeps its last saved value meanwhile.
 */
export function useRecordSaver(initial: MeetingRecord) {
  const [record, setRecord] = useState(initial)
  const [status, setStatus] = useState<SaveStatus>('saved')
  const [saver] = useState(() => {
    let lastSaved = initial
    return createSaver<MeetingRecord, MeetingRecord>({
      save: (value, expectedUpdatedAt) => api['records.save']({ record: value, expectedUpdatedAt }),
      updatedAt: initial.updatedAt,
      savedAt: (saved) => saved.updatedAt,
      prepare: (value) => savable(meetingRecordSchema, value, lastSaved),
      onStatus: setStatus,
      onSaved: (saved) => {
        lastSaved = saved
      }
    })
  })
  useFlushOnLeave(saver)
  useEffect(() => onBeforeLock(() => saver.flush()), [saver])

  // The latest record, so changes made in one event (a field, then another) build on each other.
  const latest = useRef(initial)
  const change = (update: (current: MeetingRecord) => MeetingRecord) => {
    const next = update(latest.current)
    latest.current = next
    setRecord(next)
    saver.change(next)
  }
  return { record, change, status, flush: () => saver.flush() }
}
