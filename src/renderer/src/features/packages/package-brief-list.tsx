import { useLayoutEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefListing } from '@shared/operations'
import type { BilingualText } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { DropPlace } from '@renderer/lib/drag-and-drop'
import { briefTitle } from './brief-summary'
import { PackageBriefItem } from './package-brief-item'
import type { BriefControl } from './package-brief-item'
import { canMove, dropPosition, moveItem, reorderDelta } from './reorder'

interface Props {
  briefIds: readonly string[]
  briefs: ReadonlyMap<string, BriefListing>
  partnerNames: ReadonlyMap<string, BilingualText>
  onReorder: (briefIds: string[], announcement: string) => void
  onRemove: (briefId: string, announcement: string) => void
  /** Where focus goes when the last brief is removed. */
  focusWhenEmpty: () => void
}

/**
 * The package's briefs in order. Each moves with Move up / Move down, with Alt+Arrow keys from
 * any of its buttons, or by dragging; every move is announced, and focus stays with the brief.
 */
export function PackageBriefList({ briefIds, briefs, partnerNames, onReorder, onRemove, focusWhenEmpty }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const listRef = useRef<HTMLOListElement>(null)
  const focusNext = useRef<{ briefId: string; control: BriefControl } | null>(null)
  const titleOf = (id: string) => briefTitle(briefs.get(id), language, t('packageEditor.missingBrief', { id }))

  // React moves a list item by taking it out and putting it back, which loses focus: give it back.
  useLayoutEffect(() => {
    const request = focusNext.current
    if (!request) return
    focusNext.current = null
    const item = listRef.current?.querySelector<HTMLElement>(`[data-brief-id="${CSS.escape(request.briefId)}"]`)
    if (!item) return
    const wanted = item.querySelector<HTMLButtonElement>(`[data-control="${request.control}"]`)
    const fallback = item.querySelector<HTMLButtonElement>(
      `[data-control="${request.control === 'up' ? 'down' : 'up'}"]`
    )
    ;(wanted && !wanted.disabled
      ? wanted
      : fallback && !fallback.disabled
        ? fallback
        : item.querySelector<HTMLButtonElement>('[data-control="remove"]')
    )?.focus()
  }, [briefIds])

  const move = (index: number, delta: number, control: BriefControl) => {
    if (!canMove(briefIds.length, index, delta)) return
    const id = briefIds[index]
    if (id === undefined) return
    const next = moveItem(briefIds, index, index + delta)
    onReorder(
      next,
      t('packageEditor.moved', { title: titleOf(id), position: index + delta + 1, count: briefIds.length })
    )
    focusNext.current = { briefId: id, control }
  }

  const remove = (index: number) => {
    const id = briefIds[index]
    if (id === undefined) return
    onRemove(id, t('packageEditor.removed', { title: titleOf(id) }))
    const neighbour = briefIds[index + 1] ?? briefIds[index - 1]
    if (neighbour === undefined) focusWhenEmpty()
    else focusNext.current = { briefId: neighbour, control: 'remove' }
  }

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    const delta = reorderDelta(event)
    if (delta === null) return
    event.preventDefault()
    const control = (event.target as HTMLElement).dataset['control'] as BriefControl | undefined
    move(index, delta, control ?? (delta < 0 ? 'up' : 'down'))
  }

  const dropBrief = (targetId: string) => (id: string, place: DropPlace) => {
    const from = briefIds.indexOf(id)
    const target = briefIds.indexOf(targetId)
    if (from === -1 || target === -1 || id === targetId) return
    const to = dropPosition(from, target, place)
    if (to === from) return
    onReorder(
      moveItem(briefIds, from, to),
      t('packageEditor.moved', { title: titleOf(id), position: to + 1, count: briefIds.length })
    )
  }

  if (briefIds.length === 0) {
    return <p className="empty-state package-briefs-empty">{t('packageEditor.noBriefs')}</p>
  }

  return (
    <>
      <p className="hint" id="package-briefs-keys">
        {t('packageEditor.reorderHint')}
      </p>
      <ol className="package-briefs" ref={listRef} aria-describedby="package-briefs-keys">
        {briefIds.map((id, index) => (
          <PackageBriefItem
            key={id}
            briefId={id}
            brief={briefs.get(id)}
            title={titleOf(id)}
            position={index + 1}
            count={briefIds.length}
            partnerNames={partnerNames}
            onMove={(delta, control) => move(index, delta, control)}
            onDropBrief={dropBrief(id)}
            onRemove={() => remove(index)}
            onKeyDown={onKeyDown(index)}
          />
        ))}
      </ol>
    </>
  )
}
