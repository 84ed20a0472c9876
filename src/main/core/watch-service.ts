import { readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import type { BundlePreview } from '@shared/exchange-inputs'
import type { BundleOffer, PassedOverFile, WatchedFolderView, WatchScan } from '@shared/watch-inputs'
import type { Store } from '../store'
import { withHandled } from '../store'
import { mapLimited } from '../store/map-limited'
import type { BundleManifest, BundleSignature } from './exchange'
import type { ExchangeService } from './exchange-service'
import { ApiFailure } from './failure'
import type { Host } from './host'
import { randomId } from './ids'
import { signerTrust } from './exchange/trusted-signers'

// Headquarters publishes signed bundles to a folder missions already have (a departmental share,
// a synchronised drive, a USB key). Dossier looks there at start and while it runs, and offers
// what trusted publishers signed; it never imports on its own: an offer opens the same review
// as opening the file by hand.

/** Bundle files one look reads per folder, newest first: a share holding thousands stays quick. */
export const MAX_FILES_PER_FOLDER = 50
const BUNDLE_FILE = /\.dossier$/i
// File operations run in Node's small thread pool, which saves share. A share that stops answering
// holds every thread waiting on it, so a look asks at most this many questions at once, and one
// look runs at a time.
const LOOKS_AT_ONCE = 2

/** What reading one bundle file told, kept while the file keeps its size and time. */
type Inspection = { ok: true; manifest: BundleManifest; signature: BundleSignature | null } | { ok: false }

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false
}

function isInside(path: string, folder: string): boolean {
  const between = relative(folder, path)
  return between === '' || (!between.startsWith('..') && !isAbsolute(between))
}

/** The bundle files of a folder, newest first; null when the folder cannot be read now. */
async function bundleFiles(folder: string): Promise<{ path: string; name: string; version: string }[] | null> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => null)
  if (entries === null) return null
  const named = entries.filter((entry) => BUNDLE_FILE.test(entry.name))
  const files = await mapLimited(named, LOOKS_AT_ONCE, async (entry) => {
    const path = join(folder, entry.name)
    // Followed, as a synced drive may link; a folder or a device by that name is no bundle.
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) return null
    return { path, name: entry.name, version: `${info.size}:${info.mtimeMs}`, modified: info.mtimeMs }
  })
  return files
    .filter((file) => file !== null)
    .sort((a, b) => b.modified - a.modified)
    .map(({ path, name, version }) => ({ path, name, version }))
}

export function createWatchService({
  store,
  exchange,
  host,
  now
}: {
  store: Store
  exchange: ExchangeService
  host: Host
  now: () => Date
}) {
  // Each file is read (in the file worker) once for as long as its size and time stay the same.
  const inspected = new Map<string, { version: string; inspection: Inspection }>()
  // The last look's offers, by id: the window names an offer, never a file.
  let offers = new Map<string, { path: string; sha256: string }>()

  const inspect = async (path: string, version: string): Promise<Inspection> => {
    const known = inspected.get(path)
    if (known?.version === version) return known.inspection
    let inspection: Inspection
    try {
      const read = await exchange.inspectBundle(path)
      inspection = read.ok
        ? { ok: true, manifest: read.bundle.manifest, signature: read.bundle.signature }
        : { ok: false }
    } catch (error) {
      // Too large, too demanding, gone since the listing: a file that cannot be offered.
      if (!(error instanceof ApiFailure)) throw error
      inspection = { ok: false }
    }
    inspected.set(path, { version, inspection })
    return inspection
  }

  const views = (): Promise<WatchedFolderView[]> =>
    Promise.all(
      store.watchedFolders.get().folders.map(async (folder) => ({
        watchId: folder.id,
        path: folder.path,
        addedAt: folder.addedAt,
        reachable: await isFolder(folder.path)
      }))
    )

  const offerFor = (offerId: string): { path: string; sha256: string } => {
    const offer = offers.get(offerId)
    if (!offer)
      throw new ApiFailure('not-found', 'This bundle is no longer offered. Look in the watched folders again.')
    return offer
  }

  // Only bundles from trusted publishers are offered; everything else found is said, with why.
  const lookThrough = async (): Promise<WatchScan> => {
    const { folders, handled } = store.watchedFolders.get()
    const taken = new Set(handled.map((bundle) => bundle.sha256))
    const keys = store.signingKeys.get()
    const found: BundleOffer[] = []
    const next = new Map<string, { path: string; sha256: string }>()
    const passedOver: PassedOverFile[] = []
    const unreachable: string[] = []
    const crowded: string[] = []
    const seen = new Set<string>()
    for (const folder of folders) {
      const files = await bundleFiles(folder.path)
      if (files === null) {
        unreachable.push(folder.path)
        continue
      }
      if (files.length > MAX_FILES_PER_FOLDER) crowded.push(folder.path)
      for (const file of files.slice(0, MAX_FILES_PER_FOLDER)) {
        seen.add(file.path)
        const inspection = await inspect(file.path, file.version)
        const about = { fileName: file.name, folder: folder.path }
        if (!inspection.ok) {
          passedOver.push({ ...about, reason: 'unreadable', detail: null })
          continue
        }
        const { manifest, signature } = inspection
        if (taken.has(manifest.sha256)) continue
        const trust = signerTrust(signature, keys)
        // This office's own bundles, published where it also looks, are nothing new to it.
        if (trust.status === 'own') continue
        if (trust.status === 'unsigned' || trust.status === 'untrusted') {
          passedOver.push({
            ...about,
            reason: trust.status,
            detail: trust.status === 'untrusted' ? trust.name : null
          })
          continue
        }
        // Stable across looks, so the window's offer stays valid; one offer for copies of one bundle.
        const offerId = `offer-${manifest.sha256.slice(0, 24)}`
        if (next.has(offerId)) continue
        next.set(offerId, { path: file.path, sha256: manifest.sha256 })
        found.push({
          offerId,
          ...about,
          signer: { name: trust.name, fingerprint: trust.fingerprint },
          marking: manifest.marking ?? 'UNCLASSIFIED',
          createdAt: manifest.createdAt,
          counts: manifest.counts
        })
      }
    }
    for (const path of inspected.keys()) if (!seen.has(path)) inspected.delete(path)
    offers = next
    found.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    return { folders: folders.length, offers: found, passedOver, unreachable, crowded }
  }
  // One look at a time (a share that hangs holds its threads once, not once a minute). A look
  // asked for meanwhile (after an import, say) must see what changed since that one began: it
  // runs next, once, for everyone who asked in the meantime.
  let running: Promise<WatchScan> | null = null
  let queued: Promise<WatchScan> | null = null
  const scan = (): Promise<WatchScan> => {
    if (running === null) {
      running = lookThrough().finally(() => {
        running = null
      })
      return running
    }
    queued ??= running
      .then(
        () => undefined,
        () => undefined
      )
      .then(() => {
        queued = null
        return scan()
      })
    return queued
  }

  return {
    list: views,

    /** Watches the folder the user picks; a folder already watched is not added twice. */
    async add(): Promise<WatchedFolderView[] | null> {
      const chosen = await host.chooseFolder()
      if (chosen === null) return null
      // By its real path, so that a link to a watched folder or to the data folder is seen for what it is.
      const path = await realpath(chosen).catch(() => null)
      if (path === null || !(await isFolder(path))) {
        throw new ApiFailure('not-found', `${chosen} is not a folder Dossier can read.`)
      }
      // A folder holding the data folder is fine (a USB key with a portable install and the
      // bundles at its root): only its own files are looked at, never its subfolders.
      if (isInside(path, await realpath(store.dataDir))) {
        throw new ApiFailure(
          'invalid-input',
          'This is Dossier’s own data folder, or a folder inside it. Choose the folder where bundles are published.'
        )
      }
      await store.watchedFolders.update((watched) =>
        watched.folders.some((folder) => folder.path === path)
          ? watched
          : {
              ...watched,
              folders: [...watched.folders, { id: randomId('folder'), path, addedAt: now().toISOString() }]
            }
      )
      return views()
    },

    async remove(watchId: string): Promise<WatchedFolderView[]> {
      await store.watchedFolders.update((watched) => ({
        ...watched,
        folders: watched.folders.filter((folder) => folder.id !== watchId)
      }))
      return views()
    },

    /** Looks through every watched folder for bundles to offer. */
    scan,

    /** Reads an offered bundle for review, exactly as opening the file would. */
    preview(offerId: string): Promise<BundlePreview> {
      return exchange.previewBundle(offerFor(offerId).path)
    },

    /** Sets an offered bundle aside, so that it is not offered again. */
    async dismiss(offerId: string): Promise<null> {
      const { sha256 } = offerFor(offerId)
      await store.watchedFolders.update((watched) => withHandled(watched, sha256, 'dismissed', now().toISOString()))
      offers.delete(offerId)
      return null
    }
  }
}

export type WatchService = ReturnType<typeof createWatchService>
