import { join, relative, sep } from 'node:path'
import { errorCode } from './atomic-write'
import type { StoreFs } from './store-fs'

/** Every file under a folder, relative to it with forward slashes; none when it does not exist. */
export async function walk(fs: StoreFs, root: string): Promise<string[]> {
  const found: string[] = []
  const visit = async (folder: string): Promise<void> => {
    let names: string[]
    try {
      names = await fs.readdir(folder)
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return
      throw error
    }
    for (const name of names) {
      const path = join(folder, name)
      if ((await fs.stat(path)).isDirectory) await visit(path)
      else found.push(relative(root, path).split(sep).join('/'))
    }
  }
  await visit(root)
  return found
}
