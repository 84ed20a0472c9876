import { join } from 'node:path'
import { z } from 'zod'
import { NOTICE_CODES } from '@shared/operations'
import type { Notice } from '@shared/operations'
import { ensureDirectory, errorCode, removeFileDurably, writeFileAtomic } from './atomic-write'
import { RECOVERED_DIR } from './documents'
import type { StoreFs } from './store-fs'
import { deferred } from '@shared/deferred-schema'

// A repair at open (a damaged file replaced by its copy or a backup) must never go unreported,
// even when the power goes right after it: the next open would find a good file and have
// nothing to say. So the notice is written down before the repair, and this file is removed
// only once the user has seen it (the app's notices dismissed, or printed by the command line).

export const CARRIED_NOTICES_FILE = `${RECOVERED_DIR}/notices.json`

const noticesSchema = deferred(() =>
  z.array(z.object({ code: z.enum(NOTICE_CODES), message: z.string(), params: z.record(z.string(), z.string()) }))
)

function pathOf(dataDir: string): string {
  return join(dataDir, ...CARRIED_NOTICES_FILE.split('/'))
}

/** The notices of an open that did not complete; none when there are none or the file is unreadable. */
export async function readCarriedNotices(fs: StoreFs, dataDir: string): Promise<Notice[]> {
  let bytes: Buffer
  try {
    bytes = await fs.readFile(pathOf(dataDir))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  try {
    return noticesSchema.parse(JSON.parse(bytes.toString('utf8')))
  } catch {
    // Only Dossier writes this file, atomically; if it is damaged all the same, the repairs it
    // told of are done and their files are kept in recovered/, so the open goes on.
    return []
  }
}

/**
 * Adds a notice to the open's list and writes the list down, before the repair it announces is
 * made. A notice carried from an open that stopped before its repair is replaced by the new one
 * about the same file, which this open's repair will make.
 */
export async function reportRepair(fs: StoreFs, dataDir: string, notices: Notice[], notice: Notice): Promise<void> {
  const file = notice.params.file
  const earlier = notices.findIndex((other) => other.params.file === file && other.code !== 'default-library-installed')
  if (file !== undefined && earlier !== -1) notices.splice(earlier, 1)
  notices.push(notice)
  await carryNotices(fs, dataDir, notices)
}

/** Adds a notice to those carried to the next open that completes (one not about a repair of this open). */
export async function carryNotice(fs: StoreFs, dataDir: string, notice: Notice): Promise<void> {
  await carryNotices(fs, dataDir, [...(await readCarriedNotices(fs, dataDir)), notice])
}

async function carryNotices(fs: StoreFs, dataDir: string, notices: readonly Notice[]): Promise<void> {
  await ensureDirectory(fs, join(dataDir, RECOVERED_DIR))
  await writeFileAtomic(fs, pathOf(dataDir), `${JSON.stringify(notices, null, 2)}\n`)
}

/** Called once the user has seen the notices. */
export async function clearCarriedNotices(fs: StoreFs, dataDir: string): Promise<void> {
  await removeFileDurably(fs, pathOf(dataDir))
}
