import { describe, expect, it } from 'vitest'
import {
  keyIdOf,
  newKeyFile,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  WrongPassphraseError
} from '../../../../src/main/store/crypto/key-file'

// The lowest cost the key file accepts, so the tests stay quick; the app uses DEFAULT_KDF.
const CHEAP = { N: 2 ** 14, r: 8, p: 1 }

describe('the data key wrapped by a passphrase', () => {
  it('unwraps with the passphrase and refuses any other', async () => {
    const { dataKey, file } = await newKeyFile('correct horse battery staple', CHEAP)
    expect(file.keyId).toBe(keyIdOf(dataKey))
    expect(file.passphrase).toMatchObject({ kdf: 'scrypt', N: 2 ** 14, r: 8, p: 1 })
    expect(JSON.stringify(file)).not.toContain(dataKey.toString('base64'))
    expect((await unwrapWithPassphrase(file, 'correct horse battery staple')).equals(dataKey)).toBe(true)
    await expect(unwrapWithPassphrase(file, 'correct horse battery stapler')).rejects.toBeInstanceOf(
      WrongPassphraseError
    )
  })

  it('re-wraps the same key for a new passphrase, with a new salt', async () => {
    const { dataKey, file } = await newKeyFile('first passphrase here', CHEAP)
    const rewrapped = await wrapWithPassphrase(dataKey, 'second passphrase here', CHEAP)
    expect(rewrapped.passphrase.salt).not.toBe(file.passphrase.salt)
    expect((await unwrapWithPassphrase(rewrapped, 'second passphrase here')).equals(dataKey)).toBe(true)
    await expect(unwrapWithPassphrase(rewrapped, 'first passphrase here')).rejects.toBeInstanceOf(WrongPassphraseError)
  })

  it('treats the same words in another Unicode form as the same passphrase', async () => {
    const { dataKey, file } = await newKeyFile('café crème brûlée', CHEAP)
    const decomposed = 'café crème brûlée'.normalize('NFD')
    expect((await unwrapWithPassphrase(file, decomposed)).equals(dataKey)).toBe(true)
  })
})
