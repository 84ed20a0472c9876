import { changePassphrase, encryptDataFolder, folderStatus } from '../store/crypto/folder-commands'
import {
  NEW_PASSPHRASE_FILE_ENV,
  newPassphrase,
  PASSPHRASE_FILE_ENV,
  passphraseFromFile,
  promptPassphrase
} from './passphrase'
import { ApiFailure } from '../core/failure'

interface DataCommand {
  dataDir: string
  takeOver: boolean
  json: boolean
  env: NodeJS.ProcessEnv
  err: NodeJS.WritableStream
}

/** dossier data status: encrypted or not, and how the key is wrapped. Needs no passphrase. */
export async function dataStatusCommand({ dataDir, json }: DataCommand): Promise<string> {
  const status = await folderStatus({ dataDir })
  if (json) return `${JSON.stringify(status, null, 2)}\n`
  if (!status.encrypted) {
    const contents = status.holdsData ? 'holds data that is not encrypted' : 'holds no data yet'
    return `Data folder: ${status.dataDir}\nEncrypted: no (it ${contents}; encrypt it with: dossier data encrypt)\n`
  }
  const { N, r, p } = status.wraps.passphrase
  return (
    `Data folder: ${status.dataDir}\nEncrypted: yes (AES-256-GCM)\n` +
    `Key wrapped by: passphrase (scrypt, N=${N}, r=${r}, p=${p})\n`
  )
}

/** dossier data encrypt: seals a plain folder in place with a new passphrase. */
export async function dataEncryptCommand(command: DataCommand): Promise<string> {
  const passphrase = await newPassphrase(command.env, PASSPHRASE_FILE_ENV, command.err)
  await encryptDataFolder({ dataDir: command.dataDir, takeOver: command.takeOver, passphrase })
  return (
    `The data folder ${command.dataDir} is now encrypted. Keep the passphrase safe: without it ` +
    `the data cannot be recovered by anyone.\n`
  )
}

/** dossier data change-passphrase: re-wraps the key; no data file changes. */
export async function dataChangePassphraseCommand(command: DataCommand): Promise<string> {
  const current =
    (await passphraseFromFile(command.env, PASSPHRASE_FILE_ENV)) ??
    (await promptPassphrase('Current passphrase: ', command.err))
  if (current === undefined) {
    throw new ApiFailure(
      'invalid-input',
      `Give the current passphrase in a file named by ${PASSPHRASE_FILE_ENV}, or run the command in a terminal.`
    )
  }
  const next = await newPassphrase(command.env, NEW_PASSPHRASE_FILE_ENV, command.err)
  await changePassphrase({ dataDir: command.dataDir, takeOver: command.takeOver, current, next })
  // Said as it is: the data key is wrapped anew, not replaced, so an older key file still opens.
  return `The passphrase of ${command.dataDir} was changed: the old one no longer opens its key file. A copy of dossier.key made before the change (a synced or copied folder) still opens the data with the old passphrase, as the data key itself is unchanged.\n`
}
