import { vi } from 'vitest'

// Every unit test sees the fake instead of the real module, whose binary is not installed here.
vi.mock('electron', async () => {
  const { fakeElectron } = await import('./electron-fake')
  return { ...fakeElectron, default: fakeElectron }
})
