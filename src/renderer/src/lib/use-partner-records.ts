import { useEffect, useState } from 'react'
import type { Partner } from '@shared/entities'
import { api } from '@renderer/api/client'

/**
 * The whole records of a few partners (a brief's), by id, for what names alone cannot give: their
 * people, a profile to place. Lists and choices use the names the partners context holds.
 */
export function usePartnerRecords(ids: readonly string[]): ReadonlyMap<string, Partner> {
  const key = ids.join('\n')
  const [records, setRecords] = useState<ReadonlyMap<string, Partner>>(new Map())
  useEffect(() => {
    let current = true
    const wanted = key === '' ? [] : key.split('\n')
    void Promise.all(wanted.map((id) => api['library.get']({ kind: 'partner', id }))).then((answers) => {
      // A partner deleted meanwhile is left out; the others are still offered.
      if (current)
        setRecords(
          new Map(answers.flatMap((answer) => (answer.ok ? [[answer.value.id, answer.value as Partner]] : [])))
        )
    })
    return () => {
      current = false
    }
  }, [key])
  return records
}
