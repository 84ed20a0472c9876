import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefListing } from '@shared/operations'
import type { BilingualText } from '@shared/languages'
import { DRAG_TYPES, useDragSource, useDropTarget } from '@renderer/lib/drag-and-drop'
import type { DropPlace } from '@renderer/lib/drag-and-drop'
import { BriefSummary } from './brief-summary'
import { MoveRemoveControls } from '@renderer/components/move-remove-controls'

export type BriefControl = 'up' | 'down' | 'remove'

// A package's list takes only its own briefs, moved.
const LIST_TAKES = [DRAG_TYPES.packageBrief] as const

interface Props {
  briefId: string
  brief: BriefListing | undefined
  title: string
  position: number
  count: number
  partnerNames: ReadonlyMap<string, BilingualText>
  onMove: (delta: -1 | 1, control: BriefControl) => void
  /** Another brief of the list dropped before or after this one. */
  onDropBrief: (briefId: string, place: DropPlace) => void
  onRemove: () => void
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void
}

/** One brief of a package: its place, its summary, and buttons to move or remove it; the row drags. */
export function PackageBriefItem(props: Props) {
  const { briefId, brief, title, position, count, partnerNames, onMove, onDropBrief, onRemove, onKeyDown } = props
  const { t } = useTranslation()
  const ref = useRef<HTMLLIElement>(null)
  const { dragProps, isDragging } = useDragSource({ type: DRAG_TYPES.packageBrief, value: briefId, label: title })
  const { dropProps, place } = useDropTarget({
    ref,
    accepts: LIST_TAKES,
    placed: true,
    onDrop: ({ value, place: at }) => onDropBrief(value, at)
  })

  return (
    <li
      ref={ref}
      className={isDragging ? 'package-brief package-brief-dragging' : 'package-brief'}
      data-brief-id={briefId}
      data-testid="package-brief"
      data-drop={place ?? undefined}
      {...dragProps}
      {...dropProps}
      onKeyDown={onKeyDown}
    >
      <span className="package-brief-position" aria-hidden="true">
        {position}
      </span>
      {brief ? (
        <BriefSummary brief={brief} partnerNames={partnerNames} />
      ) : (
        <p className="brief-summary brief-summary-missing">{title}</p>
      )}
      <div className="package-brief-actions">
        <MoveRemoveControls
          up={{
            name: 'up',
            label: t('packageEditor.moveUpNamed', { title }),
            hint: t('packageEditor.moveUp'),
            disabled: position === 1,
            onClick: () => onMove(-1, 'up')
          }}
          down={{
            name: 'down',
            label: t('packageEditor.moveDownNamed', { title }),
            hint: t('packageEditor.moveDown'),
            disabled: position === count,
            onClick: () => onMove(1, 'down')
          }}
          remove={{
            name: 'remove',
            label: t('packageEditor.removeNamed', { title }),
            hint: t('packageEditor.remove'),
            onClick: onRemove
          }}
        />
      </div>
    </li>
  )
}
