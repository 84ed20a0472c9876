import { describe, expect, it } from 'vitest'
import type { ApiTable } from '../../../../src/main/api'
import { tableOnceOpen } from '../../../../src/main/api'

describe('a table bound before the data folder is open', () => {
  it('answers calls made while the folder opens once it is open, from the table it gives', async () => {
    let open: (table: ApiTable) => void = () => undefined
    const table = tableOnceOpen(new Promise<ApiTable>((resolve) => (open = resolve)))
    let answered = false
    const status = table['app.status']({}).then((result) => {
      answered = true
      return result
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(answered).toBe(false)
    const opened = {
      'app.status': async () => ({ ok: true, value: { dataDir: '/data', notices: [], encrypted: false } })
    }
    open(opened as unknown as ApiTable)
    expect(await status).toEqual({ ok: true, value: { dataDir: '/data', notices: [], encrypted: false } })
  })

  it('says in words that the folder could not be opened when opening throws', async () => {
    const table = tableOnceOpen(Promise.reject(new Error('disk unplugged')))
    const answer = await table['library.search']({ query: '' })
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Dossier could not open its data folder: Error: disk unplugged' }
    })
  })
})
