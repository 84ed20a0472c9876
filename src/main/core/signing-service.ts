import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ExportedPublicKey, PublicKeyOfferView, SigningKeysView } from '@shared/signing-inputs'
import type { Store } from '../store'
import { writeChosenFile } from './chosen-file'
import { ApiFailure } from './failure'
import { randomId } from './ids'
import {
  createIdentity,
  fingerprintOf,
  MAX_PUBLIC_KEY_FILE_BYTES,
  normalizeFingerprint,
  publicKeyFileText,
  readPublicKeyFile
} from './exchange/publisher-identity'
import type { PublicKeyOffer } from './exchange/publisher-identity'
import { namesakeOf } from './exchange/trusted-signers'

// Public key files the user opened wait here, by id, until trusted: the window names an offer,
// never a file or a key, so what is trusted is exactly what the user was shown.
const KEPT_OFFERS = 5

/** The office's publisher identity and the publishers it trusts (Settings, `dossier keys`). */
export function createSigningService({ store, now }: { store: Store; now: () => Date }) {
  const offers = new Map<string, PublicKeyOffer>()

  const view = (): SigningKeysView => {
    const { identity, trusted } = store.signingKeys.get()
    return {
      identity: identity && {
        name: identity.name,
        fingerprint: fingerprintOf(identity.publicKey),
        createdAt: identity.createdAt
      },
      trusted: trusted.map((signer) => ({
        name: signer.name,
        fingerprint: fingerprintOf(signer.publicKey),
        trustedAt: signer.trustedAt
      }))
    }
  }

  const ownIdentity = () => {
    const { identity } = store.signingKeys.get()
    if (!identity) {
      throw new ApiFailure(
        'not-found',
        'This office has no publisher identity yet. Create one first (Settings, or dossier keys create --name "...").'
      )
    }
    return identity
  }

  return {
    view,

    /** Creates the office's key pair; an office keeps one identity, so a second is refused. */
    async create(name: string): Promise<SigningKeysView> {
      const existing = store.signingKeys.get().identity
      if (existing) {
        throw new ApiFailure(
          'conflict',
          `This office already has a publisher identity, "${existing.name}" (fingerprint ${fingerprintOf(existing.publicKey)}). Other offices trust that key; a new one would make them refuse your bundles.`
        )
      }
      const identity = createIdentity(name, now())
      await store.signingKeys.update((keys) => ({ ...keys, identity }))
      return view()
    },

    /** The office's publisher name, to suggest the public key file's name. */
    publisherName(): string {
      return ownIdentity().name
    },

    async writePublicKey(path: string): Promise<Omit<ExportedPublicKey, 'fileId'>> {
      const identity = ownIdentity()
      const bytes = new TextEncoder().encode(publicKeyFileText(identity))
      await writeChosenFile(path, bytes)
      return { path, bytes: bytes.byteLength, fingerprint: fingerprintOf(identity.publicKey) }
    },

    /** Reads and checks a public key file, and keeps it for trust() to take once the user has compared fingerprints. */
    async openPublicKey(path: string): Promise<PublicKeyOfferView> {
      const info = await stat(path).catch(() => null)
      if (!info?.isFile()) throw new ApiFailure('not-found', `There is no file at ${path}.`)
      const fileName = basename(path)
      const refused = (message: string) =>
        new ApiFailure(
          'invalid-file',
          `${fileName} cannot be used: ${message}`,
          [{ path: fileName, message }],
          fileName
        )
      if (info.size > MAX_PUBLIC_KEY_FILE_BYTES) {
        throw refused(
          `The file is ${info.size} bytes; a Dossier public key file is well under ${MAX_PUBLIC_KEY_FILE_BYTES}.`
        )
      }
      const read = readPublicKeyFile(new Uint8Array(await readFile(path)))
      if (!read.ok) throw refused(read.problems[0]!.message)
      const offer = read.value
      const offerId = randomId('key')
      offers.set(offerId, offer)
      for (const old of [...offers.keys()].slice(0, -KEPT_OFFERS)) offers.delete(old)
      const keys = store.signingKeys.get()
      const state =
        keys.identity?.publicKey === offer.publicKey
          ? 'own'
          : keys.trusted.some((signer) => signer.publicKey === offer.publicKey)
            ? 'trusted'
            : 'new'
      return { offerId, fileName, name: offer.name, fingerprint: offer.fingerprint, state }
    },

    /** Trusts the key of an opened file: bundles it signs are then imported without asking. */
    async trust(offerId: string): Promise<SigningKeysView> {
      const offer = offers.get(offerId)
      if (!offer) throw new ApiFailure('not-found', 'This public key is no longer open; open the file again.')
      const keys = store.signingKeys.get()
      if (keys.identity?.publicKey === offer.publicKey) {
        throw new ApiFailure(
          'invalid-input',
          "This is this office's own key: bundles it signs are already taken as yours."
        )
      }
      // Imports name their signer: a second key under a name this office trusts already (or under
      // its own) would make a bundle signed by anyone holding that key read as the known publisher's.
      const namesake = namesakeOf(keys, offer.name, offer.publicKey)
      if (namesake?.kind === 'trusted') {
        const { signer } = namesake
        throw new ApiFailure(
          'invalid-input',
          `This office already trusts another key named "${signer.name}" (fingerprint ${fingerprintOf(signer.publicKey)}); this one (${offer.fingerprint}) was not trusted, since bundles from the two could not be told apart by name. If that publisher replaced its key, check the new fingerprint with them by phone, stop trusting the old one, then trust this one.`
        )
      }
      if (namesake?.kind === 'own') {
        throw new ApiFailure(
          'invalid-input',
          `This key (${offer.fingerprint}) bears this office's own publisher name, "${namesake.name}", so bundles it signs would read as yours. It was not trusted.`
        )
      }
      if (!keys.trusted.some((signer) => signer.publicKey === offer.publicKey)) {
        const signer = { name: offer.name, publicKey: offer.publicKey, trustedAt: now().toISOString() }
        await store.signingKeys.update((current) => ({ ...current, trusted: [...current.trusted, signer] }))
      }
      offers.delete(offerId)
      return view()
    },

    /** Stops trusting a publisher: its bundles are then refused unless someone confirms each. */
    async untrust(fingerprint: string): Promise<SigningKeysView> {
      const wanted = normalizeFingerprint(fingerprint)
      const keys = store.signingKeys.get()
      if (!keys.trusted.some((signer) => fingerprintOf(signer.publicKey) === wanted)) {
        throw new ApiFailure('not-found', `No trusted publisher has the fingerprint ${wanted}.`)
      }
      await store.signingKeys.update((current) => ({
        ...current,
        trusted: current.trusted.filter((signer) => fingerprintOf(signer.publicKey) !== wanted)
      }))
      return view()
    }
  }
}

export type SigningService = ReturnType<typeof createSigningService>
