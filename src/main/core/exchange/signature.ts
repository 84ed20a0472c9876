import { sign, verify } from 'node:crypto'
import { z } from 'zod'
import type { PublisherIdentity } from '../../store'
import { publisherNameSchema } from '@shared/signing-inputs'
import { fingerprintOf, privateKeyObject, publicKeyObject } from './publisher-identity'
import type { Checked, ImportProblem } from './problems'
import { deferred } from '@shared/deferred-schema'

// A bundle is signed as a whole: the Ed25519 signature covers every byte of the file before it
// (the zip with manifest.json, which holds the content's SHA-256, content.json, every entry's
// header and CRC, the table of contents, and the signer's name and key), so changing any byte
// anywhere, or adding or removing one, breaks it. The signature lives in the zip's own comment,
// the one place a zip keeps text after its table of contents, as three lines:
//
//   Dossier signature 1
//   {"name":"IRCC International Affairs, Ottawa","publicKey":"<32 bytes, base64>"}
//   <64-byte Ed25519 signature, base64>
//
// Everything up to the last line is signed. Zip tools show the comment (`unzip -z`) and ignore
// it otherwise. Checking is a pure function of the file's bytes, so it can run in a worker.

const MAGIC = 'Dossier signature 1'
const END_OF_CENTRAL = 0x06054b50
const END_RECORD_LENGTH = 22
const SIGNATURE_BASE64_LENGTH = 88

/** Who signed a bundle, as the signature itself says (whether to trust it is the importer's call). */
export interface BundleSignature {
  /** The name the signer gave itself; trust lists name publishers by their own names. */
  name: string
  /** The signer's Ed25519 public key: 32 raw bytes in base64. */
  publicKey: string
  fingerprint: string
}

const signerSchema = deferred(() =>
  z
    .object({
      name: publisherNameSchema,
      publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/)
    })
    .strict()
)

const encoder = new TextEncoder()

/**
 * The zip (as exportBundle makes it, without a comment) with its signature added as the zip's
 * comment. The signer's name and key are part of what is signed.
 */
export function signBundle(zip: Uint8Array, identity: PublisherIdentity): Uint8Array {
  const end = zip.length - END_RECORD_LENGTH
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL || view.getUint16(end + 20, true) !== 0) {
    throw new Error('Only a zip without a comment can be signed.')
  }
  const header = encoder.encode(`${MAGIC}\n${JSON.stringify({ name: identity.name, publicKey: identity.publicKey })}\n`)
  const signed = new Uint8Array(zip.length + header.length)
  signed.set(zip)
  signed.set(header, zip.length)
  // The comment's length is written before signing, so it is signed too.
  new DataView(signed.buffer).setUint16(end + 20, header.length + SIGNATURE_BASE64_LENGTH, true)
  const signature = encoder.encode(sign(null, signed, privateKeyObject(identity)).toString('base64'))
  const out = new Uint8Array(signed.length + signature.length)
  out.set(signed)
  out.set(signature, signed.length)
  return out
}

/**
 * The bundle's signer when its signature holds, null when it carries none, or why it fails: a
 * signature that does not match the bytes means the file was changed after it was signed.
 */
export function checkSignature(bytes: Uint8Array): Checked<BundleSignature | null> {
  const refuse = (message: string): Checked<BundleSignature | null> => ({ ok: false, problems: [problem(message)] })
  const end = lastEndRecord(bytes)
  if (end === null) return refuse('The end of its zip table of contents is missing, so its signature cannot be found.')
  const commentLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(end + 20, true)
  if (end + END_RECORD_LENGTH + commentLength !== bytes.length) {
    return refuse(
      `The file has ${bytes.length - end - END_RECORD_LENGTH - commentLength} bytes after the end of its zip content; Dossier never writes any, so it was changed after export. Ask for the bundle again.`
    )
  }
  if (commentLength === 0) return { ok: true, value: null }
  const comment = bytes.subarray(end + END_RECORD_LENGTH)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(comment)
  } catch {
    return refuse(BROKEN)
  }
  const lines = text.split('\n')
  if (lines.length !== 3 || lines[0] !== MAGIC || lines[2]!.length !== SIGNATURE_BASE64_LENGTH) return refuse(BROKEN)
  let signer: z.infer<typeof signerSchema>
  try {
    const parsed = signerSchema.safeParse(JSON.parse(lines[1]!))
    if (!parsed.success) return refuse(BROKEN)
    signer = parsed.data
  } catch {
    return refuse(BROKEN)
  }
  const signature = Buffer.from(lines[2]!, 'base64')
  // Only the one way of writing it: base64 decoding skips stray characters and spare bits, which
  // would let a changed byte in the signature line go unnoticed.
  if (signature.toString('base64') !== lines[2]) return refuse(CHANGED)
  const signed = bytes.subarray(0, bytes.length - SIGNATURE_BASE64_LENGTH)
  let holds: boolean
  try {
    holds = signature.length === 64 && verify(null, signed, publicKeyObject(signer.publicKey), signature)
  } catch {
    holds = false
  }
  if (!holds) return refuse(CHANGED)
  return { ok: true, value: { ...signer, fingerprint: fingerprintOf(signer.publicKey) } }
}

const BROKEN =
  'Its signature is damaged or is not one Dossier writes, so nothing shows who made the bundle or that it is unchanged. Ask for the bundle again.'
const CHANGED = `Its signature does not match its content: the bundle was changed after it was signed (even one byte breaks it). Do not use it; ask the publisher for the bundle again.`

function problem(message: string): ImportProblem {
  return { where: 'signature', message }
}

// The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes; the last one is
// the zip's (a signature comment is text, so it never holds the record's binary marker).
function lastEndRecord(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const last = bytes.length - END_RECORD_LENGTH
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL) return at
  }
  return null
}
