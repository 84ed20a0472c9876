import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import type { ApiError } from '@shared/result'

/**
 * A form that offers the passphrase typed in it: nothing typed is said at once, without asking the
 * main process; a refusal is kept to show, and the passphrase stays in the box, selected, so it
 * can be corrected or typed over. The box has focus from the start.
 */
export function usePassphraseSubmit(
  /** Offers the passphrase; null when it was taken (the caller moves on), the refusal otherwise. */
  offer: (passphrase: string) => Promise<ApiError | null>
) {
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [refused, setRefused] = useState<ApiError | 'empty' | null>(null)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => input.current?.focus(), [])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    if (passphrase === '') {
      setRefused('empty')
      input.current?.focus()
      return
    }
    setBusy(true)
    const error = await offer(passphrase)
    if (error === null) return
    setBusy(false)
    setRefused(error)
    input.current?.focus()
    input.current?.select()
  }

  return { passphrase, setPassphrase, busy, refused, input, submit }
}
