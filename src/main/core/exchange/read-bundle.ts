import { createHash } from 'node:crypto'
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, CONTENT_ENTRY, MANIFEST_ENTRY, manifestSchema } from './bundle-format'
import type { Bundle, BundleManifest } from './bundle-format'
import { parseJsonEntry } from './json-text'
import { BUNDLE_LIMITS } from './limits'
import type { BundleLimits } from './limits'
import { capProblems, describeValue, issueProblems } from './problems'
import type { ImportProblem } from './problems'
import { readZipEntry, readZipIndex } from './safe-zip'
import { checkManifestMarking } from './bundle-marking'
import { checkSignature } from './signature'
import { validateContent } from './validate-content'
import type { InflateStats, ZipEntry } from './safe-zip'

export type ReadBundleResult = { ok: true; bundle: Bundle } | { ok: false; problems: ImportProblem[] }

const BUNDLE = {
  what: 'Dossier bundle',
  notZipHint: () => ' A Dossier bundle is a .dossier file exported by Dossier (Library > Export).'
}

/**
 * Checks a .dossier file completely before anything is touched: the zip and its paths, sizes
 * (declared, then while unpacking), its signature when it has one, the manifest and its counts
 * before the content is unpacked, the shape of the JSON before it is parsed, the checksum and the
 * marking, and every item against the contract. Whether the signer is trusted is not judged here
 * (previewImport does, against the office's list). Reads only the bytes given; writes nothing.
 * Run it in the file worker (read-off-thread.ts).
 */
export function readBundle(
  bytes: Uint8Array,
  limits: Partial<BundleLimits> = {},
  stats: InflateStats = { inflatedBytes: 0 }
): ReadBundleResult {
  const limit: BundleLimits = { ...BUNDLE_LIMITS, ...limits }
  const index = readZipIndex(bytes, BUNDLE, limit)
  if (!index.ok) return refuse(index.problems)
  const entries = index.value
  const problems: ImportProblem[] = []
  for (const entry of entries) {
    if (entry.name !== MANIFEST_ENTRY && entry.name !== CONTENT_ENTRY) {
      problems.push({
        where: `zip entry ${JSON.stringify(entry.name)}`,
        message: 'A Dossier bundle holds only manifest.json and content.json; this entry does not belong in one.'
      })
    }
  }
  for (const name of [MANIFEST_ENTRY, CONTENT_ENTRY]) {
    if (!entries.some((entry) => entry.name === name)) {
      problems.push({
        where: 'the file',
        message: `The bundle has no ${name}, so it is not a complete Dossier bundle.`
      })
    }
  }
  if (problems.length > 0) return refuse(problems)
  // Before anything is unpacked: a file changed after it was signed is refused for that alone.
  const signature = checkSignature(bytes)
  if (!signature.ok) return refuse(signature.problems)

  const unpack = (name: string, maxBytes: number) => {
    const entry = entries.find((candidate) => candidate.name === name) as ZipEntry
    return readZipEntry(bytes, entry, { maxBytes, maxCompressionRatio: limit.maxCompressionRatio }, stats)
  }
  const json = {
    maxDepth: limit.maxJsonDepth,
    maxValues: limit.maxJsonValues,
    maxStringBytes: limit.maxJsonStringBytes,
    maxListLength: limit.maxItemsPerKind
  }

  const manifestBytes = unpack(MANIFEST_ENTRY, limit.maxManifestBytes)
  if (!manifestBytes.ok) return refuse([{ where: MANIFEST_ENTRY, message: manifestBytes.message }])
  const manifestJson = parseJsonEntry(manifestBytes.data, json)
  if (!manifestJson.ok) return refuse([{ where: MANIFEST_ENTRY, message: manifestJson.message }])
  const manifest = checkManifest(manifestJson.value)
  if (!manifest.ok) return refuse(manifest.problems)

  const contentBytes = unpack(CONTENT_ENTRY, limit.maxContentBytes)
  if (!contentBytes.ok) return refuse([{ where: CONTENT_ENTRY, message: contentBytes.message }])
  const sha256 = createHash('sha256').update(contentBytes.data).digest('hex')
  if (sha256 !== manifest.value.sha256) {
    return refuse([
      {
        where: CONTENT_ENTRY,
        message:
          'Its content does not match the checksum in manifest.json: the bundle was changed or damaged after Dossier made it. Ask for the bundle again.'
      }
    ])
  }
  const contentJson = parseJsonEntry(contentBytes.data, json)
  if (!contentJson.ok) return refuse([{ where: CONTENT_ENTRY, message: contentJson.message }])
  const content = validateContent(contentJson.value, manifest.value.counts, limit)
  // Already capped, with a last line saying what was left unchecked.
  if (!content.ok) return { ok: false, problems: content.problems }
  const marking = checkManifestMarking(manifest.value, content.value)
  if (marking.length > 0) return refuse(marking)
  return { ok: true, bundle: { manifest: manifest.value, content: content.value, signature: signature.value } }
}

// The manifest's format and version are judged first and alone: a bundle from a newer Dossier
// deserves "update Dossier", not a list of fields this version does not know.
function checkManifest(raw: unknown): { ok: true; value: BundleManifest } | { ok: false; problems: ImportProblem[] } {
  const where = MANIFEST_ENTRY
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ where, message: `It should hold the bundle's description, but it holds ${describeValue(raw)}.` }]
    }
  }
  const { format, formatVersion } = raw as { format?: unknown; formatVersion?: unknown }
  if (format !== BUNDLE_FORMAT) {
    return {
      ok: false,
      problems: [
        {
          where,
          message:
            format === undefined
              ? `This is not a Dossier bundle: its manifest does not say it is one (no format "${BUNDLE_FORMAT}").`
              : `This is not a Dossier bundle: its manifest says its format is ${typeof format === 'string' ? JSON.stringify(format.slice(0, 60)) : describeValue(format)}, not "${BUNDLE_FORMAT}".`
        }
      ]
    }
  }
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > BUNDLE_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          where,
          message: `This bundle was made by a newer Dossier (bundle format ${formatVersion}; this Dossier reads format ${BUNDLE_FORMAT_VERSION}). Update Dossier to import it.`
        }
      ]
    }
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, problems: issueProblems(parsed.error, raw, where) }
  return { ok: true, value: parsed.data }
}

function refuse(problems: ImportProblem[]): ReadBundleResult {
  return { ok: false, problems: capProblems(problems) }
}
