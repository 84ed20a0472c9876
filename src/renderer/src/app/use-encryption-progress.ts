import { useEffect, useState } from 'react'
import type { EncryptionProgress } from '@shared/operations'
import { api } from '@renderer/api/client'

// Often enough for a bar to move smoothly, rarely enough to cost the encryption nothing.
const ASK_EVERY_MS = 250

/**
 * While `active` (the folder is being encrypted in place), asks the main process how far it has
 * come, again and again; null until it has said, and when not active. Asked, not pushed: the
 * one call that encrypts answers only at the end, and the api has no channel the other way.
 */
export function useEncryptionProgress(active: boolean): EncryptionProgress | null {
  const [progress, setProgress] = useState<EncryptionProgress | null>(null)
  useEffect(() => {
    if (!active) return
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const ask = async () => {
      const answer = await api['app.encryptionProgress']({})
      if (!current) return
      if (answer.ok && answer.value !== null) setProgress(answer.value)
      timer = setTimeout(() => void ask(), ASK_EVERY_MS)
    }
    void ask()
    return () => {
      current = false
      clearTimeout(timer)
      setProgress(null)
    }
  }, [active])
  return active ? progress : null
}
