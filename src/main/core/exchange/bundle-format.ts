import { z } from 'zod'
import type { BackgroundNote, Irritant, KeyMessage, LibraryKind, Partner } from '@shared/entities'
import { timestampSchema } from '@shared/dates'
import { MAX_ITEMS_PER_KIND } from '@shared/item-limits'
import { markingSchema } from '@shared/markings'
import { formatCount } from './limits'
import type { BundleSignature } from './signature'
import { deferred } from '@shared/deferred-schema'

// A .dossier bundle is a zip holding exactly two entries: manifest.json, which says what the
// bundle is, its highest marking, and carries the SHA-256 of the content, and content.json, the
// library items with their history (unless the exporter left it out). The zip's comment holds
// the publisher's signature over all of it (signature.ts). The manifest is read first, so a
// bundle from a newer Dossier is recognised before its content is judged by rules it may no
// longer follow.

export const BUNDLE_FORMAT = 'dossier-bundle'
/**
 * The bundle layout this build writes; it reads this one and the ones before it, and refuses a
 * newer one with a plain message. 2 added the highest marking, the history flag and the signature.
 * 3 carries fields of data versions 5 and 6 (short forms, partner figures, a translation's
 * source): a Dossier that reads 2 at most refuses such a bundle rather than dropping them.
 */
export const BUNDLE_FORMAT_VERSION = 3
export const MANIFEST_ENTRY = 'manifest.json'
export const CONTENT_ENTRY = 'content.json'
export const BUNDLE_EXTENSION = '.dossier'

/** The key of each kind's list in content.json. */
export const COLLECTION_KEYS = {
  partner: 'partners',
  keyMessage: 'keyMessages',
  irritant: 'irritants',
  backgroundNote: 'backgroundNotes'
} as const satisfies Record<LibraryKind, string>
export type CollectionKey = (typeof COLLECTION_KEYS)[LibraryKind]

// Read before content.json is unpacked: a bundle that announces a million items is refused unopened.
// Its message is written when it is given: formatting a number is a process's first use of ICU,
// 20 ms or more, and every command and every start loads this file.
const count = z
  .number()
  .int()
  .min(0)
  .max(MAX_ITEMS_PER_KIND, {
    error: () => `A bundle holds at most ${formatCount(MAX_ITEMS_PER_KIND)} items of one kind.`
  })

export const manifestSchema = deferred(() =>
  z
    .object({
      format: z.literal(BUNDLE_FORMAT),
      formatVersion: z
        .number()
        .int('The format version is a whole number.')
        .min(1, 'The format version starts at 1.')
        .max(BUNDLE_FORMAT_VERSION),
      createdAt: timestampSchema,
      publisher: z.string().max(500, 'Keep the publisher under 500 characters.'),
      counts: z.object({ partner: count, keyMessage: count, irritant: count, backgroundNote: count }).strict(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'This must be a SHA-256 checksum: 64 lowercase hexadecimal digits.'),
      /** The highest marking of anything in the bundle, history included (from format 2). */
      marking: markingSchema.optional(),
      /** Whether items carry their earlier versions (from format 2). */
      history: z.boolean().optional()
    })
    .strict()
    .superRefine((manifest, ctx) => {
      if (manifest.formatVersion < 2) return
      for (const field of ['marking', 'history'] as const) {
        if (manifest[field] === undefined)
          ctx.addIssue({ code: 'custom', path: [field], message: 'This field is missing.' })
      }
    })
)
export type BundleManifest = z.infer<typeof manifestSchema>

export interface BundleContent {
  partners: Partner[]
  keyMessages: KeyMessage[]
  irritants: Irritant[]
  backgroundNotes: BackgroundNote[]
}

/** A bundle that passed every check, its items parsed against the contract. */
export interface Bundle {
  manifest: BundleManifest
  content: BundleContent
  /** Who signed it, the signature checked against every byte; null for a bundle without one. */
  signature: BundleSignature | null
}
