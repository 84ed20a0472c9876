import type { SigningKeysView } from '@shared/signing-inputs'
import type { ApiTable } from '../api'
import { normalizeFingerprint } from '../core/exchange/publisher-identity'
import { CommandFailure, valueOrThrow } from './bundle-commands'

// `dossier keys ...`: the office's publisher identity and the publishers it trusts. The trust
// flow: headquarters creates its identity and exports its public key; a mission imports the file
// and trusts it once the fingerprint it shows matches the one headquarters reads out by phone.

function describeKeys(keys: SigningKeysView): string {
  const lines: string[] = []
  lines.push(
    keys.identity
      ? `This office publishes as "${keys.identity.name}", fingerprint ${keys.identity.fingerprint}.`
      : 'This office has no publisher identity yet: its bundles go out unsigned. Create one with dossier keys create --name "...".'
  )
  if (keys.trusted.length === 0) lines.push('It trusts no other publisher yet.')
  else lines.push(`It trusts ${keys.trusted.length} publisher(s):`)
  for (const signer of keys.trusted) lines.push(`  ${signer.fingerprint}  ${signer.name} (trusted ${signer.trustedAt})`)
  return `${lines.join('\n')}\n`
}

/** Runs one `dossier keys` subcommand and returns what to print. */
export async function keysCommand(
  api: ApiTable,
  subject: string | undefined,
  options: { name?: string; fingerprint?: string; file?: string; out?: string }
): Promise<string> {
  if (subject === 'list' || subject === 'show') {
    const keys = valueOrThrow(await api['keys.list']({}))
    if (subject === 'list') return describeKeys(keys)
    if (!keys.identity) throw new CommandFailure(describeKeys(keys).trim(), 'not-found')
    return `${keys.identity.name}\nFingerprint: ${keys.identity.fingerprint}\nCreated: ${keys.identity.createdAt}\n`
  }
  if (subject === 'create') {
    if (!options.name)
      throw new CommandFailure(
        'Name the publisher: dossier keys create --name "IRCC International Affairs, Ottawa"',
        'invalid-input'
      )
    const keys = valueOrThrow(await api['keys.create']({ name: options.name }))
    return `Created the publisher identity "${keys.identity!.name}".\nFingerprint: ${keys.identity!.fingerprint}\nExport its public key with dossier keys export --out <file>, and read this fingerprint to the offices that trust it.\n`
  }
  if (subject === 'export') {
    if (!options.out)
      throw new CommandFailure('Say where to write the public key with --out <file.dossier-key>.', 'invalid-input')
    const written = valueOrThrow(await api['keys.exportPublic']({}))
    if (written === null)
      throw new CommandFailure('Say where to write the public key with --out <file.dossier-key>.', 'invalid-input')
    return `Wrote ${written.path} (${written.bytes} bytes).\nFingerprint: ${written.fingerprint}\n`
  }
  if (subject === 'trust') {
    if (!options.file)
      throw new CommandFailure('Which public key? dossier keys trust <file.dossier-key>', 'invalid-input')
    const offer = valueOrThrow(await api['keys.openPublic']({}))
    if (offer === null)
      throw new CommandFailure('Which public key? dossier keys trust <file.dossier-key>', 'invalid-input')
    const about = `"${offer.name}", fingerprint ${offer.fingerprint}`
    if (offer.state === 'own')
      throw new CommandFailure(`This is this office's own public key (${about}).`, 'invalid-input')
    // Given the fingerprint read over the phone, the command checks it; a mismatch trusts nothing.
    if (options.fingerprint !== undefined && normalizeFingerprint(options.fingerprint) !== offer.fingerprint) {
      throw new CommandFailure(
        `The key in ${offer.fileName} is ${about}, not ${normalizeFingerprint(options.fingerprint)}. It was not trusted: ask the publisher for its key again.`,
        'invalid-input'
      )
    }
    if (offer.state === 'trusted') return `Already trusted: ${about}.\n`
    valueOrThrow(await api['keys.trust']({ offerId: offer.offerId }))
    const check =
      options.fingerprint === undefined
        ? '\nCheck with the publisher, by phone, that this is their fingerprint; if it is not, run dossier keys untrust at once.'
        : ' (the fingerprint matches the one given)'
    return `Trusted ${about}${check}\n`
  }
  if (subject === 'untrust') {
    if (!options.fingerprint)
      throw new CommandFailure('Which publisher? dossier keys untrust <fingerprint>', 'invalid-input')
    valueOrThrow(await api['keys.untrust']({ fingerprint: options.fingerprint }))
    return `No longer trusted: ${normalizeFingerprint(options.fingerprint)}. Its bundles are refused unless accepted with --accept-unsigned.\n`
  }
  throw new CommandFailure('Which keys command? dossier keys create|show|export|trust|untrust|list', 'invalid-input')
}
