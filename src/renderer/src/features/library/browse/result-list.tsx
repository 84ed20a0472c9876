import type { KeyboardEvent, ReactNode, Ref } from 'react'
import type { LibraryKind } from '@shared/entities'
import type { LibraryHit } from '@shared/operations'
import type { DragData } from '@renderer/lib/drag-and-drop'
import { ResultCard } from './result-card'

/** What a list of found items is told, whichever way it draws them. */
export interface ResultListProps {
  labelledBy: string
  busy: boolean
  /** Opens an item from its title; a picker leaves it out and acts through `renderActions`. */
  onOpen?: (kind: LibraryKind, id: string) => void
  /** Buttons for each card; one of them should carry data-result-open so the arrow keys reach it. */
  renderActions?: (hit: LibraryHit) => ReactNode
  /** Makes each card draggable with this data (into a brief's outline). */
  dragData?: (hit: LibraryHit) => DragData
  compact?: boolean
  /** Arrow up from the first result goes back to where the user came from (the search box). */
  onExitTop: () => void
  ref?: Ref<HTMLUListElement>
}

interface Props extends ResultListProps {
  hits: readonly LibraryHit[]
}

/** Found items as cards. Arrow keys move between their titles; Enter or Space opens one. */
export function ResultList(props: Props) {
  const { hits, labelledBy, busy, onOpen, onExitTop, ref, renderActions, dragData, compact } = props
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-result-open]')]
    const at = buttons.indexOf(document.activeElement as HTMLElement)
    if (at === -1) return
    event.preventDefault()
    if (event.key === 'ArrowUp' && at === 0) return onExitTop()
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key] ?? at
    buttons[Math.min(Math.max(next, 0), buttons.length - 1)]?.focus()
  }
  return (
    <ul
      className="card-list"
      aria-labelledby={labelledBy}
      aria-busy={busy || undefined}
      ref={ref}
      onKeyDown={onKeyDown}
    >
      {hits.map((hit) => (
        <ResultCard
          key={`${hit.kind}:${hit.item.id}`}
          hit={hit}
          onOpen={onOpen}
          actions={renderActions?.(hit)}
          drag={dragData?.(hit)}
          compact={compact}
        />
      ))}
    </ul>
  )
}
