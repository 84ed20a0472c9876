import { briefSchema, idSchema } from '@shared/entities'
import type { Brief } from '@shared/entities'
import { DataFile } from './data-file'
import { briefSpec } from './documents'
import { validate, writeOrExplain } from './collections'
import type { WriteContext } from './collections'
import { SerialFile } from './serial-file'
import { saveFailed } from './store-error'
import type { Collection } from './types'

/** Briefs, one file each, so saving one brief rewrites only that brief's file. */
export function createBriefsCollection(
  context: WriteContext,
  briefs: Brief[]
): { collection: Collection<Brief>; files: () => SerialFile<Brief | null>[] } {
  // What is on disk, in stored order; each file's queue updates it when a write lands.
  const committed = new Map(briefs.map((brief) => [brief.id, brief]))
  const files = new Map<string, SerialFile<Brief | null>>()

  const fileFor = (id: string): SerialFile<Brief | null> => {
    let file = files.get(id)
    if (!file) {
      const spec = briefSpec(id)
      const data = new DataFile(context, context.dataDir, spec.relPath)
      file = new SerialFile<Brief | null>(
        committed.get(id) ?? null,
        (brief) =>
          brief
            ? writeOrExplain(context, data, spec.toDocument(brief, context.schemaVersion))
            : removeOrExplain(context, data),
        (brief) => brief,
        (brief) => (brief ? committed.set(id, brief) : committed.delete(id))
      )
      files.set(id, file)
    }
    return file
  }

  const collection: Collection<Brief> = {
    list: () => [...committed.values()],
    get: (id) => committed.get(id),
    put: async (brief) => {
      const valid = validate(briefSchema, brief, 'brief')
      await fileFor(valid.id).change(() => valid)
    },
    remove: async (id) => {
      // The id becomes a file name: anything but a well-formed id names no brief.
      if (!idSchema.safeParse(id).success) return
      await fileFor(id).change(() => null)
    }
  }
  return { collection, files: () => [...files.values()] }
}

async function removeOrExplain(context: WriteContext, file: DataFile): Promise<void> {
  await context.assertHolder()
  try {
    await file.remove()
  } catch (error) {
    throw saveFailed(file.relPath, context.dataDir, error)
  }
}
