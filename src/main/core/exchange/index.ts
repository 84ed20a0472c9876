// Exchange: library bundles (.dossier files) going out and coming in, and Word documents turned
// into draft library items. Everything from outside is checked in full before anything is written.

export { buildBundle, exportBundle, linkedPartners } from './export-bundle'
export type { BuiltBundle, BundleFilter } from './export-bundle'
export { signBundle, checkSignature } from './signature'
export type { BundleSignature } from './signature'
export {
  createIdentity,
  fingerprintOf,
  normalizeFingerprint,
  publicKeyFileText,
  readPublicKeyFile,
  MAX_PUBLIC_KEY_FILE_BYTES,
  PUBLIC_KEY_EXTENSION
} from './publisher-identity'
export type { PublicKeyOffer } from './publisher-identity'
export { signerTrust } from './trusted-signers'
export type { SignerTrust } from './trusted-signers'
export { checkConsent, describeDowngrade, downgradesTaken } from './import-gate'
export type { ImportConsent } from './import-gate'
export type { Downgrade } from './downgrade'
export { readBundle } from './read-bundle'
export type { ReadBundleResult } from './read-bundle'
export { previewImport, classify, IMPORT_STATUSES } from './preview-import'
export { choiceKey } from './choice-key'
export type { ImportEntry, ImportPreview, ImportStatus } from './preview-import'
export { applyImport, IMPORT_CHOICES } from './apply-import'
export type { ImportApplied, ImportChoice } from './apply-import'
export { readWordParagraphs } from './word-import'
export type { ReadWordResult } from './word-import'
export { PARAGRAPH_STYLES } from './html-paragraphs'
export type { ParagraphStyle, WordParagraph } from './html-paragraphs'
export { draftsFromParagraphs, titleFrom, TITLE_LENGTH } from './drafts'
export type { DraftsResult, ParagraphSelection } from './drafts'
export { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './bundle-format'
export type { Bundle, BundleContent, BundleManifest } from './bundle-format'
export { BUNDLE_LIMITS, WORD_LIMITS, fileTooLargeMessage, formatBytes } from './limits'
export type { BundleLimits, WordLimits, ZipLimits } from './limits'
export { createFileReader, timeLeftMs } from './read-off-thread'
export type { FileReader } from './read-off-thread'
export { WORKER_LIMITS } from './worker-limits'
export type { WorkerLimits } from './worker-limits'
export { describeProblem } from './problems'
export type { ImportProblem } from './problems'
export type { InflateStats } from './safe-zip'
export { sectionKind, sortBrief } from './brief-paragraphs'
export type { DraftKind, SortedBrief } from './brief-paragraphs'
