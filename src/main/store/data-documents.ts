import { join } from 'node:path'
import { idSchema, LIBRARY_KINDS } from '@shared/entities'
import { errorCode } from './atomic-write'
import { BRIEFS_DIR, briefFile, LIBRARY_FILES, packagesSpec, recordsSpec, settingsSpec } from './documents'
import { signingKeysSpec } from './signing-keys'
import type { StoreFs } from './store-fs'
import { watchedFoldersSpec } from './watched-folders'

// Brief files are named <id>.json, their second copies <id>.json.copy (a brief whose file was removed
// from outside comes back from its copy); anything else in the folder is not ours and is left alone.
export async function listBriefIds(fs: StoreFs, dataDir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(join(dataDir, BRIEFS_DIR))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  const ids = names.flatMap((name) => {
    const match = /^(.*)\.json(?:\.copy)?$/.exec(name)
    return match && idSchema.safeParse(match[1]).success ? [match[1]!] : []
  })
  return [...new Set(ids)].sort()
}

/**
 * The data documents on disk now, relative to the folder: the library's collections, the single
 * files and each brief, as a start-up backup holds them. Journals are not among them: a caller
 * backing up the data as it is folds them in first.
 */
export async function dataDocumentsOnDisk(fs: StoreFs, dataDir: string): Promise<string[]> {
  const relPaths = [
    ...LIBRARY_KINDS.map((kind) => LIBRARY_FILES[kind]),
    packagesSpec().relPath,
    settingsSpec().relPath,
    signingKeysSpec().relPath,
    watchedFoldersSpec().relPath,
    recordsSpec().relPath,
    ...(await listBriefIds(fs, dataDir)).map(briefFile)
  ]
  const present = await Promise.all(relPaths.map((relPath) => isFile(fs, join(dataDir, ...relPath.split('/')))))
  return relPaths.filter((_, index) => present[index])
}

async function isFile(fs: StoreFs, path: string): Promise<boolean> {
  try {
    return !(await fs.stat(path)).isDirectory
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}
