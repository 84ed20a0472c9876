import type { BriefItem, LibraryItem } from '@shared/entities'
import type { LibraryLookup, ResolvedItem } from '@shared/brief-rules'
import { resolveItem } from '@shared/brief-rules'

/** resolveItem's signature, so a cached version can stand in for it. */
export type Resolve = (item: BriefItem, lookup: LibraryLookup, partnerIds: string[]) => ResolvedItem

interface Entry {
  library: LibraryItem | undefined
  partners: string
  resolved: ResolvedItem
}

/**
 * resolveItem, remembered per brief item. An edit makes a new object only of the item it
 * touches, so after a keystroke every other item is answered from the cache and keeps its
 * identity: memoized rows of the preview and the outline do not render again.
 */
export function createResolveCache(): Resolve {
  const cache = new WeakMap<BriefItem, Entry>()
  return (item, lookup, partnerIds) => {
    const library = item.type === 'library' ? lookup(item.kind, item.itemId) : undefined
    const partners = partnerIds.join(',')
    const hit = cache.get(item)
    if (hit && hit.library === library && hit.partners === partners) return hit.resolved
    const resolved = resolveItem(item, lookup, partnerIds)
    cache.set(item, { library, partners, resolved })
    return resolved
  }
}
