import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Brief, BriefItem, LibraryKind } from '@shared/entities'
import { briefChecks } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import { createApi, briefTemplatesIn } from '../src/main/api'
import { createMemoryLogger } from '../src/main/core/log'
import { openStore } from '../src/main/store'
import { buildPreviewModel } from '../src/renderer/src/features/briefs/preview/preview-model'
import { createResolveCache } from '../src/renderer/src/features/briefs/preview/resolve-cache'
import { summarize, timeRuns } from './measure'
import type { Figure } from './measure'
import { syntheticLibrary } from './synthetic-library'

// The composer's two moments that must feel instant, on a 20,000-item library with a brief of
// 150 items: opening the brief (api call, the copy IPC makes, preview and checks) and updating
// the preview after an edit (the renderer's cached resolve, as the composer runs it).

const TODAY = '2026-11-26'

function briefOf(library: ReturnType<typeof syntheticLibrary>): Brief {
  const place = (kind: LibraryKind, id: string, index: number): BriefItem => ({
    type: 'library',
    id: `item-${index}`,
    kind,
    itemId: id,
    placedVersion: 1,
    override: null
  })
  const section = (id: string, kind: Brief['sections'][number]['kind'], items: BriefItem[]) => ({
    id,
    kind,
    title: { en: id, fr: id },
    items
  })
  return {
    id: 'brief-bench',
    title: { en: 'Bench brief', fr: 'Note d’essai' },
    template: 'bilateral',
    language: 'bilingual',
    marking: 'PROTECTED A',
    meeting: { date: '2027-01-10', time: '09:00', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' },
    partnerIds: ['partner-1', 'partner-2'],
    participants: { canada: [], partner: [] },
    objectives: { en: 'Objectives.', fr: 'Objectifs.' },
    sections: [
      section(
        'sec-km',
        'key-messages',
        library.keyMessages.slice(0, 50).map((item, i) => place('keyMessage', item.id, i))
      ),
      section(
        'sec-ir',
        'irritants',
        library.irritants.slice(0, 50).map((item, i) => place('irritant', item.id, 50 + i))
      ),
      section(
        'sec-bg',
        'background',
        library.backgroundNotes.slice(0, 50).map((item, i) => place('backgroundNote', item.id, 100 + i))
      )
    ],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z'
  }
}

/** Opening a 150-item brief and updating its preview after an edit. */
export async function composerFigures(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-composer-bench-'))
  try {
    const library = syntheticLibrary(20_000, 1_000)
    const brief = briefOf(library)
    const store = await openStore({
      dataDir,
      loadDefaultLibrary: async () => ({ schemaVersion: 1, ...library, briefs: [brief], packages: [] })
    })
    const resources = join(process.cwd(), 'resources')
    const api = createApi({ store, log: createMemoryLogger(), templates: briefTemplatesIn(resources) })

    let opened: { brief: Brief; lookup: LibraryLookup } | null = null
    const opens = await timeRuns(30, async () => {
      const result = await api['briefs.open']({ id: brief.id })
      if (!result.ok) throw new Error(result.error.message)
      // IPC copies the answer with the structured clone algorithm; count that too.
      const copy = structuredClone(result.value)
      const entries = new Map(copy.library.map((entry) => [`${entry.kind}:${entry.item.id}`, entry.item]))
      const lookup = ((kind: LibraryKind, id: string) => entries.get(`${kind}:${id}`)) as LibraryLookup
      buildPreviewModel(copy.brief, lookup, TODAY, createResolveCache())
      briefChecks(copy.brief, lookup, TODAY)
      opened = { brief: copy.brief, lookup }
    })

    const { brief: current, lookup } = opened as unknown as { brief: Brief; lookup: LibraryLookup }
    const resolve = createResolveCache()
    buildPreviewModel(current, lookup, TODAY, resolve)
    let edited = current
    const updates = await timeRuns(100, (run) => {
      // One keystroke's worth: a new override on one item, every other item object unchanged.
      const [first, ...rest] = edited.sections
      if (!first) throw new Error('The bench brief has no sections')
      const items = first.items.map((item, index) =>
        index === run % first.items.length && item.type === 'library'
          ? { ...item, override: { en: `Edited ${run}`, fr: `Modifié ${run}` } }
          : item
      )
      edited = { ...edited, sections: [{ ...first, items }, ...rest] }
      buildPreviewModel(edited, lookup, TODAY, resolve)
    })
    return [
      ...summarize('open brief (150 items)', opens, { p95: 300 }),
      ...summarize('preview update after an edit', updates, { p95: 50 })
    ]
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}
