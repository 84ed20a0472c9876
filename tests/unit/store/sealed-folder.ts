import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openFile, sealFile } from '../../../src/main/store/crypto/envelope'
import { readKeyFile, unwrapWithPassphrase } from '../../../src/main/store/crypto/key-file'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import { nodeFs } from '../../../src/main/store/store-fs'
import { SCHEMA_VERSION } from '../../../src/main/store/version'
import { makeTempDir, optionsFor, tinyDefaultLibrary } from './helpers'

// An encrypted folder for tests that look inside its files: seeded once with a passphrase (whose
// key derivation is slow by design), then opened with its data key.

const PASSPHRASE = 'three unrelated words and more'

/** An encrypted folder seeded with the tiny library, given back with its data key. */
export async function sealedFolder(): Promise<{ dataDir: string; dataKey: Buffer }> {
  const dataDir = await makeTempDir()
  const store = await openStore(
    optionsFor(dataDir, { passphrase: PASSPHRASE, loadDefaultLibrary: async () => tinyDefaultLibrary() })
  )
  await store.flush()
  await releaseDataLock(dataDir)
  const dataKey = await unwrapWithPassphrase((await readKeyFile(nodeFs, dataDir))!, PASSPHRASE)
  return { dataDir, dataKey }
}

/** The document a sealed data file holds, opened with the folder's key. */
export async function readSealed(dataDir: string, dataKey: Buffer, role: string): Promise<Record<string, unknown>> {
  return JSON.parse(openFile(dataKey, role, await readFile(join(dataDir, role)))) as Record<string, unknown>
}

/** Replaces a data file (and its second copy) with `document`, sealed with the folder's key. */
export async function writeSealed(
  dataDir: string,
  dataKey: Buffer,
  role: string,
  document: Record<string, unknown>
): Promise<void> {
  const bytes = sealFile(dataKey, role, SCHEMA_VERSION, JSON.stringify(document))
  for (const path of [join(dataDir, role), join(dataDir, `${role}.copy`)]) await writeFile(path, bytes)
}
