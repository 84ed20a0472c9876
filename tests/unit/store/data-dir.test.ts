import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir } from '../../../src/main/store/data-dir'

const defaultDir = resolve('/home/user/.config/Dossier')

describe('resolveDataDir', () => {
  it('uses the default folder when nothing else is given', () => {
    expect(resolveDataDir({ argv: ['electron', '.'], env: {}, defaultDir })).toBe(defaultDir)
  })

  it('prefers DOSSIER_DATA_DIR to the default', () => {
    expect(resolveDataDir({ argv: [], env: { DOSSIER_DATA_DIR: '/srv/env-data' }, defaultDir })).toBe(
      resolve('/srv/env-data')
    )
  })

  it('prefers --data-dir <path> and --data-dir=<path> to the environment', () => {
    const env = { DOSSIER_DATA_DIR: '/srv/env-data' }
    expect(resolveDataDir({ argv: ['app', '--data-dir', '/srv/flag'], env, defaultDir })).toBe(resolve('/srv/flag'))
    expect(resolveDataDir({ argv: ['app', '--data-dir=/srv/flag-eq'], env, defaultDir })).toBe(resolve('/srv/flag-eq'))
  })

  it('makes a relative path absolute and expands ~', () => {
    const relative = resolveDataDir({ argv: ['--data-dir=portable-data'], env: {}, defaultDir })
    expect(isAbsolute(relative)).toBe(true)
    expect(relative).toBe(resolve('portable-data'))
    expect(resolveDataDir({ argv: ['--data-dir=~/dossier'], env: {}, defaultDir })).toBe(join(homedir(), 'dossier'))
  })

  it('ignores an empty or missing value', () => {
    expect(resolveDataDir({ argv: ['--data-dir='], env: { DOSSIER_DATA_DIR: '' }, defaultDir })).toBe(defaultDir)
    expect(resolveDataDir({ argv: ['--data-dir'], env: {}, defaultDir })).toBe(defaultDir)
    expect(resolveDataDir({ argv: ['--data-dir', '--inspect'], env: {}, defaultDir })).toBe(defaultDir)
  })
})
