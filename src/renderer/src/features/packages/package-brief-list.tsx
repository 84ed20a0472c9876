import { useLayoutEffect, useRef, useState } from 'react'
import type { DragEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Brief } from '@shared/entities'
import type { BilingualText } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { BriefSummary, briefTitle } from './brief-summary'
import { canMove, moveItem, reorderDelta } from './reorder'

type Control = 'up' | 'down' | 'remove'

interface Props {
  briefIds: readonly string[]
  briefs: ReadonlyMap<string, Brief>
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
  const focusNext = useRef<{ briefId: string; control: Control } | null>(null)
  const [dragging, setDragging] = useState<string | null>(null)
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

  const move = (index: number, delta: number, control: Control) => {
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
    const control = (event.target as HTMLElement).dataset['control'] as Control | undefined
    move(index, delta, control ?? (delta < 0 ? 'up' : 'down'))
  }

  const onDrop = (index: number) => (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault()
    const id = dragging ?? event.dataTransfer.getData('text/plain')
    setDragging(null)
    const from = briefIds.indexOf(id)
    if (from === -1 || from === index) return
    onReorder(
      moveItem(briefIds, from, index),
      t('packageEditor.moved', { title: titleOf(id), position: index + 1, count: briefIds.length })
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
        {briefIds.map((id, index) => {
          const brief = briefs.get(id)
          const title = titleOf(id)
          return (
            <li
              key={id}
              className={dragging === id ? 'package-brief package-brief-dragging' : 'package-brief'}
              data-brief-id={id}
              data-testid="package-brief"
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData('text/plain', id)
                event.dataTransfer.effectAllowed = 'move'
                setDragging(id)
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={onDrop(index)}
              onKeyDown={onKeyDown(index)}
            >
              <span className="package-brief-position" aria-hidden="true">
                {index + 1}
              </span>
              {brief ? (
                <BriefSummary brief={brief} partnerNames={partnerNames} />
              ) : (
                <p className="brief-summary brief-summary-missing">{title}</p>
              )}
              <div className="package-brief-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  data-control="up"
                  aria-label={t('packageEditor.moveUpNamed', { title })}
                  disabled={index === 0}
                  onClick={() => move(index, -1, 'up')}
                >
                  {t('packageEditor.moveUp')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  data-control="down"
                  aria-label={t('packageEditor.moveDownNamed', { title })}
                  disabled={index === briefIds.length - 1}
                  onClick={() => move(index, 1, 'down')}
                >
                  {t('packageEditor.moveDown')}
                </button>
                <button
                  type="button"
                  className="button button-danger-secondary button-small"
                  data-control="remove"
                  aria-label={t('packageEditor.removeNamed', { title })}
                  onClick={() => remove(index)}
                >
                  {t('packageEditor.remove')}
                </button>
              </div>
            </li>
          )
        })}
      </ol>
    </>
  )
}
