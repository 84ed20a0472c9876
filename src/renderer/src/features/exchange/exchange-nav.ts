import type { LibraryItem } from '@shared/entities'
import type { BundlePreview, ExportedBundle, ImportResult, WordFileParagraphs } from '@shared/exchange-inputs'

/** Where the user is on the Exchange screen: its three tasks, an import to review, or Word paragraphs to pick. */
export type ExchangeRoute =
  | { view: 'home' }
  | { view: 'preview'; preview: BundlePreview }
  | { view: 'word'; files: WordFileParagraphs[] }

/** What the last finished task did, shown above the three tasks. */
export type Outcome =
  | { type: 'exported'; bundle: ExportedBundle }
  | { type: 'imported'; fileName: string; result: ImportResult }
  | { type: 'drafts'; items: LibraryItem[] }

/** Moves to another view; an outcome, when given, is shown on the home view and takes focus. */
export type ExchangeGo = (route: ExchangeRoute, outcome?: Outcome) => void
