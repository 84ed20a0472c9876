import { z } from 'zod'
import { idSchema, libraryKindSchema, settingsSchema } from './entities'
import type { Brief, LibraryItem, LibraryKind, ListedItem, Package, Partner, Settings, Status } from './entities'
import type { BilingualText } from './languages'
import { turnOnComputerUnlockInput } from './computer-unlock'
import type { ComputerUnlockStatus } from './computer-unlock'
import {
  confirmTranslationInput,
  libraryRefInput,
  restoreVersionInput,
  saveLibraryItemInput,
  searchLibraryInput,
  setStatusInput
} from './library-inputs'
import type { ReviewState } from './review'
import { briefRefInput, createBriefInput, saveBriefInput, setBriefStageInput } from './brief-inputs'
import type { BriefTemplateDefinition } from './brief-inputs'
import type { Marking } from './markings'
import { applyImportInput, exportBundleInput, previewBundleInput, saveDraftsInput } from './exchange-inputs'
import type { BundlePreview, ExportedBundle, ImportResult, WordFileParagraphs } from './exchange-inputs'
import { createIdentityInput, trustKeyInput, untrustInput } from './signing-inputs'
import { bundleOfferRefInput, watchedFolderRefInput } from './watch-inputs'
import type { WatchedFolderView, WatchScan } from './watch-inputs'
import type { ExportedPublicKey, PublicKeyOfferView, SigningKeysView } from './signing-inputs'
import {
  createPackageInput,
  exportBriefInput,
  exportCardInput,
  exportPackageInput,
  packageRefInput,
  savePackageInput,
  showInFolderInput
} from './package-inputs'
import {
  draftFromPointInput,
  exportRecordInput,
  partnerTimelineInput,
  recordFromBriefInput,
  recordRefInput,
  saveRecordInput,
  setCommitmentStatusInput
} from './record-inputs'
import type { CommitmentRow, TimelineEntry } from './commitments'
import type { MeetingRecord } from './records'
import type { Result } from './result'
import { deferred } from './deferred-schema'

export const NOTICE_CODES = [
  'restored-from-copy',
  'restored-missing-file',
  'restored-from-backup',
  'unrecoverable-file',
  'journal-damaged',
  'import-damaged',
  'default-library-installed',
  'old-recovered-removed',
  'encryption-finished',
  'encryption-undone'
] as const

/** Something the app wants the user to know at start, such as a file restored from a backup. */
export interface Notice {
  code: (typeof NOTICE_CODES)[number]
  /** Plain English for the log; the interface translates by `code` with `params`. */
  message: string
  params: Record<string, string>
}

export interface AppStatus {
  dataDir: string
  notices: Notice[]
  /** The folder is encrypted: the app locks itself, and offers to lock now. */
  encrypted: boolean
}

/** How far encrypting a plain data folder in place has come, in bytes of its files sealed so far. */
export interface EncryptionProgress {
  done: number
  total: number
}

/** Why the app locked: the user asked, nobody used it for a while, the screen locked, the computer went to sleep. */
export const LOCK_REASONS = ['user', 'idle', 'screen-locked', 'suspend'] as const
export type LockReason = (typeof LOCK_REASONS)[number]

/** One library item found by a search or a filter, without its history (see ListedItem). */
export interface LibraryHit {
  kind: LibraryKind
  item: ListedItem
  /** Folded query terms that matched, for highlighting (empty when listing without a query). */
  terms: string[]
  review: ReviewState
}

/**
 * A brief as lists name it (the brief list, a package's briefs): without its sections, which
 * weigh most of it and which lists do not show.
 */
export type BriefListing = Pick<
  Brief,
  'id' | 'title' | 'template' | 'language' | 'marking' | 'meeting' | 'partnerIds' | 'stage' | 'createdAt' | 'updatedAt'
>

/**
 * A partner as lists and choices name it: what every screen needs of all 1,000 partners, where
 * their whole records (people, figures, programmes) weighed megabytes.
 */
export interface PartnerName {
  id: string
  name: BilingualText
  kind: Partner['kind']
  status: Status
  /** The groups it belongs to, or its members: what offers a group's lines in a member's brief. */
  relatedPartnerIds: string[]
}

export interface LibrarySearchResult {
  /** How many items matched in all; `hits` holds at most the requested limit. */
  total: number
  hits: LibraryHit[]
}

/** Briefs that use a library item, named so the user knows where it appears. */
export interface ItemUse {
  briefId: string
  briefTitle: { en: string; fr: string }
}

/** A brief's marking raised to the level of an item it contains. */
export interface MarkingChange {
  from: Marking
  to: Marking
}

/** A brief as the composer opens it: with the library items it uses (current versions, history included). */
export interface BriefOpened {
  brief: Brief
  library: { kind: LibraryKind; item: LibraryItem }[]
  markingRaised: MarkingChange | null
}

export interface PackageSaved {
  package: Package
  markingRaised: MarkingChange | null
}

/** A file written by an export. */
export interface ExportedFile {
  /** Names the file for files.showInFolder. */
  fileId: string
  /** Where it was written, to tell the user. */
  path: string
  bytes: number
}

export interface BriefSaved {
  brief: Brief
  markingRaised: MarkingChange | null
}

/** One backup folder of the data folder: when it was made, and why (at a start, or before an import). */
export interface BackupEntry {
  /** The folder's name under backups/, which names it to the user's file manager too. */
  name: string
  /** When it was made (ISO 8601, UTC). */
  takenAt: string
  kind: 'start-up' | 'before-import' | 'before-restore' | 'other'
}

/** What restoring a backup puts back: the library alone, or the library, briefs, packages and records. */
export type RestoreScope = 'library' | 'content'

/**
 * The scope of a backup of this kind: a start-up backup, and one made before a restore, hold the
 * whole content; one made before an import (or under a label this version does not know) is taken
 * for the library alone, so restoring it never removes a brief it was not made to hold.
 */
export function restoreScope(kind: BackupEntry['kind']): RestoreScope {
  return kind === 'start-up' || kind === 'before-restore' ? 'content' : 'library'
}

/** What "Remove old copies" removed: backup folders, and files kept aside in recovered/. */
export interface RemovedCopies {
  backups: number
  recoveredFiles: number
  /** True when a backup of the data as it is now was made first (the one kept), the newest being older. */
  backupMade: boolean
}

// The output type rides along as a phantom so the table stays the single source of both.
function operation<Input extends z.ZodType>(input: Input) {
  return { returns: <Output>() => ({ input, output: undefined as unknown as Output }) }
}

const noInput = z.object({}).strict()

/**
 * Opens the data folder again after start-up could not: when the one holding it has closed
 * (takeOver false), or taking it from whoever holds it (takeOver true, the user said so). With a
 * passphrase: unlocks an encrypted folder, sets a new one up encrypted with it, or (in the app)
 * encrypts a plain folder that holds data in place with it, then opens it. With credentialStore
 * (and no passphrase): unlocks with the key this computer account keeps, where the user turned
 * that on; the main process decides whether it can.
 */
export const openDataFolderInput = deferred(() =>
  z
    .object({
      takeOver: z.boolean(),
      // Not checked for length here: an existing folder opens with whatever its passphrase is; the
      // store refuses one too short only when it sets a folder up. The cap keeps a page from
      // handing the key derivation megabytes.
      passphrase: z.string().min(1).max(1024).optional(),
      credentialStore: z.boolean().optional()
    })
    .strict()
)

/** Every call the renderer, the tests and the command line can make, with its input schema. */
export const operations = {
  'app.status': operation(noInput).returns<AppStatus>(),
  'app.dismissNotices': operation(noInput).returns<null>(),
  'app.openDataFolder': operation(openDataFolderInput).returns<AppStatus>(),
  /** Saves what is queued, then forgets the data key: every call answers data-locked until unlocked. */
  'app.lock': operation(noInput).returns<null>(),
  /** Answers when the app is about to lock (idle, screen locked, sleep): the window saves its edits, then calls app.lock. */
  'app.waitForLock': operation(noInput).returns<{ reason: LockReason }>(),
  /** The user is at the window (typing, pointing): the idle lock's clock starts again. */
  'app.reportActivity': operation(noInput).returns<null>(),
  /** Whether this computer account can open the folder without the passphrase; answered locked or not. */
  'computerUnlock.status': operation(noInput).returns<ComputerUnlockStatus>(),
  /** Keeps the data key wrapped by this computer's credential store, once the passphrase proves ownership. */
  'computerUnlock.turnOn': operation(turnOnComputerUnlockInput).returns<ComputerUnlockStatus>(),
  /** Deletes the key this computer account keeps: the passphrase is asked again at every start. */
  'computerUnlock.turnOff': operation(noInput).returns<ComputerUnlockStatus>(),
  /** While app.openDataFolder encrypts a plain folder in place: how far it has come; null otherwise. */
  'app.encryptionProgress': operation(noInput).returns<EncryptionProgress | null>(),
  'settings.get': operation(noInput).returns<Settings>(),
  'settings.update': operation(deferred(() => settingsSchema.partial().strict())).returns<Settings>(),
  'data.removeOldCopies': operation(noInput).returns<RemovedCopies>(),
  'data.backups': operation(noInput).returns<BackupEntry[]>(),
  'data.showFolder': operation(noInput).returns<null>(),
  /** Puts back a backup's content (see Settings); the present content is backed up first, as `keptAs`. */
  'data.restoreBackup': operation(deferred(() => z.object({ name: z.string().min(1).max(200) }).strict())).returns<{
    keptAs: string
  }>(),
  'library.list': operation(deferred(() => z.object({ kind: libraryKindSchema }).strict())).returns<LibraryItem[]>(),
  /** Every partner's name, kind and status, retired ones too (items and briefs may still name them). */
  'library.partnerNames': operation(noInput).returns<PartnerName[]>(),
  'library.get': operation(
    deferred(() => z.object({ kind: libraryKindSchema, id: idSchema }).strict())
  ).returns<LibraryItem>(),
  'library.search': operation(searchLibraryInput).returns<LibrarySearchResult>(),
  'library.save': operation(saveLibraryItemInput).returns<LibraryItem>(),
  'library.setStatus': operation(setStatusInput).returns<LibraryItem>(),
  'library.restoreVersion': operation(restoreVersionInput).returns<LibraryItem>(),
  /** "Still matches": both languages of the item's texts confirmed as saying the same; a new version. */
  'library.confirmTranslation': operation(confirmTranslationInput).returns<LibraryItem>(),
  'library.uses': operation(libraryRefInput).returns<ItemUse[]>(),
  'library.delete': operation(libraryRefInput).returns<LibraryItem>(),
  'library.reinstate': operation(libraryRefInput).returns<LibraryItem>(),
  'briefs.list': operation(noInput).returns<BriefListing[]>(),
  'briefs.get': operation(deferred(() => z.object({ id: idSchema }).strict())).returns<Brief>(),
  'briefs.templates': operation(noInput).returns<BriefTemplateDefinition[]>(),
  'briefs.create': operation(createBriefInput).returns<Brief>(),
  'briefs.open': operation(briefRefInput).returns<BriefOpened>(),
  'briefs.save': operation(saveBriefInput).returns<BriefSaved>(),
  /** Sends for review, approves, or takes back to draft (reopens), recording who and when. */
  'briefs.setStage': operation(setBriefStageInput).returns<Brief>(),
  'briefs.duplicate': operation(briefRefInput).returns<Brief>(),
  'briefs.delete': operation(briefRefInput).returns<Brief>(),
  'briefs.reinstate': operation(briefRefInput).returns<Brief>(),
  'records.list': operation(noInput).returns<MeetingRecord[]>(),
  'records.get': operation(recordRefInput).returns<MeetingRecord>(),
  /** "Record the meeting": a record pre-filled from the brief. */
  'records.createFromBrief': operation(recordFromBriefInput).returns<MeetingRecord>(),
  'records.save': operation(saveRecordInput).returns<MeetingRecord>(),
  'records.setCommitmentStatus': operation(setCommitmentStatusInput).returns<MeetingRecord>(),
  /** A point the counterpart raised, made a draft irritant for review and linked to the record. */
  'records.draftFromPoint': operation(draftFromPointInput).returns<{ record: MeetingRecord; item: LibraryItem }>(),
  'records.delete': operation(recordRefInput).returns<MeetingRecord>(),
  'records.reinstate': operation(recordRefInput).returns<MeetingRecord>(),
  /** A partner's meetings (briefs and records, newest first) and the commitments made at them. */
  'records.partnerMeetings': operation(partnerTimelineInput).returns<{
    timeline: TimelineEntry[]
    commitments: CommitmentRow[]
  }>(),
  'packages.list': operation(noInput).returns<Package[]>(),
  'packages.get': operation(packageRefInput).returns<Package>(),
  'packages.create': operation(createPackageInput).returns<PackageSaved>(),
  'packages.save': operation(savePackageInput).returns<PackageSaved>(),
  'packages.delete': operation(packageRefInput).returns<Package>(),
  'packages.reinstate': operation(packageRefInput).returns<Package>(),
  // The operations below that write or read a user's file ask the host where (the save or open
  // dialog, in the app) and answer null, or no files, when the user cancels.
  'export.brief': operation(exportBriefInput).returns<ExportedFile | null>(),
  'export.package': operation(exportPackageInput).returns<ExportedFile | null>(),
  /** The brief's pocket card: one page (two at most) to carry into the room. */
  'export.card': operation(exportCardInput).returns<ExportedFile | null>(),
  /** The record of discussion as a Word document, marked like a brief. */
  'export.record': operation(exportRecordInput).returns<ExportedFile | null>(),
  'files.showInFolder': operation(showInFolderInput).returns<null>(),
  'exchange.exportBundle': operation(exportBundleInput).returns<ExportedBundle | null>(),
  'exchange.previewBundle': operation(previewBundleInput).returns<BundlePreview | null>(),
  'exchange.applyImport': operation(applyImportInput).returns<ImportResult>(),
  'exchange.readWord': operation(noInput).returns<WordFileParagraphs[]>(),
  'exchange.saveDrafts': operation(saveDraftsInput).returns<LibraryItem[]>(),
  /** The office's publisher identity and the publishers it trusts: names and fingerprints, never keys. */
  'keys.list': operation(noInput).returns<SigningKeysView>(),
  'keys.create': operation(createIdentityInput).returns<SigningKeysView>(),
  /** Saves the office's public key file where the user chooses. */
  'keys.exportPublic': operation(noInput).returns<ExportedPublicKey | null>(),
  /** Opens a public key file the user chooses and shows its name and fingerprint; trusts nothing yet. */
  'keys.openPublic': operation(noInput).returns<PublicKeyOfferView | null>(),
  'keys.trust': operation(trustKeyInput).returns<SigningKeysView>(),
  'keys.untrust': operation(untrustInput).returns<SigningKeysView>(),
  /** The folders watched for published bundles, with whether each can be read now. */
  'watch.list': operation(noInput).returns<WatchedFolderView[]>(),
  /** Asks for a folder (the host's folder dialog) and watches it; null when the user cancels. */
  'watch.add': operation(noInput).returns<WatchedFolderView[] | null>(),
  'watch.remove': operation(watchedFolderRefInput).returns<WatchedFolderView[]>(),
  /** Looks through the watched folders: bundles from trusted publishers not yet imported or set aside. */
  'watch.scan': operation(noInput).returns<WatchScan>(),
  /** Reads an offered bundle for review, as opening it would (exchange.applyImport then applies it). */
  'watch.preview': operation(bundleOfferRefInput).returns<BundlePreview>(),
  /** Sets an offered bundle aside: it is not offered again. */
  'watch.dismiss': operation(bundleOfferRefInput).returns<null>()
}

export type OperationName = keyof typeof operations
export const OPERATION_NAMES = Object.keys(operations) as OperationName[]

export type OperationInput<Name extends OperationName> = z.input<(typeof operations)[Name]['input']>
export type OperationOutput<Name extends OperationName> = (typeof operations)[Name]['output']

/** The shape of the client the preload exposes and the renderer calls: one function per operation. */
export type DossierClient = {
  [Name in OperationName]: (input: OperationInput<Name>) => Promise<Result<OperationOutput<Name>>>
}

/** IPC channel for an operation; one per call keeps main-side routing a plain lookup. */
export function channelFor(name: OperationName): string {
  return `dossier:${name}`
}
