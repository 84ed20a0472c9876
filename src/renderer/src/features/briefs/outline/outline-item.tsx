import { memo, useEffect, useRef, useState } from 'react'
import type { DragEvent, KeyboardEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ResolvedItem } from '@shared/brief-rules'
import { pick } from '@shared/languages'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { TranslationBadges } from '@renderer/components/translation-badge'
import { languageToUpdate, textState } from '@shared/translation'
import { excerpt } from '@renderer/lib/item-text'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { OutlineActions } from '../composer/outline-actions'
import { forgetJustAdded, isJustAdded } from '../composer/outline-actions'
import { isTextField, outlineItemId } from '../composer/focus'
import { DRAG_TYPES, useDragSource } from '@renderer/lib/drag-and-drop'
import { ItemBody } from './item-body'
import { useOutlineDrop } from './use-outline-drop'
import { MoveRemoveControls } from '@renderer/components/move-remove-controls'

interface Props {
  resolved: ResolvedItem
  sectionId: string
  canMoveUp: boolean
  canMoveDown: boolean
  actions: OutlineActions
}

/**
 * One item of the outline: its kind and title (a button that opens it), flags, and move and
 * remove buttons. Alt+Up and Alt+Down move it from anywhere inside it; the handle drags it.
 * Memoized: typing in another item, or in this one's editor, does not draw it again.
 */
export const OutlineItem = memo(function OutlineItem({ resolved, sectionId, canMoveUp, canMoveDown, actions }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const item = resolved.briefItem
  const isText = item.type === 'text'
  const [open, setOpen] = useState(() => isJustAdded(item.id))
  useEffect(() => forgetJustAdded(item.id), [item.id])
  // Free text has no title: its first words name it.
  const shownTitle = isText ? excerpt(pick(resolved.text, language), 70) : pick(resolved.title, language)
  const titleText = shownTitle || (isText ? t('composer.item.freeText') : t('composer.outline.untitledItem'))
  const kindLabel = resolved.kind ? t(`library.kind.${resolved.kind}`) : t('composer.item.textKind')
  const bodyId = `${outlineItemId(item.id)}-body`

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || isTextField(event.target)) return
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    event.preventDefault()
    event.stopPropagation()
    const up = event.key === 'ArrowUp'
    if (up ? canMoveUp : canMoveDown) actions.moveItemBy(item.id, up ? -1 : 1, 'title')
  }
  const rowRef = useRef<HTMLLIElement>(null)
  const dropProps = useOutlineDrop(rowRef, actions, sectionId, item.id)
  const { dragProps } = useDragSource({ type: DRAG_TYPES.briefItem, value: item.id, label: titleText })
  // The handle is small; the whole row is what the officer sees moving.
  const onHandleDragStart = (event: DragEvent<HTMLElement>) => {
    dragProps.onDragStart?.(event)
    if (rowRef.current) event.dataTransfer.setDragImage(rowRef.current, 16, 16)
  }

  return (
    <li
      id={outlineItemId(item.id)}
      className="outline-item"
      data-item-id={item.id}
      data-testid="outline-item"
      onKeyDown={onKeyDown}
      ref={rowRef}
      {...dropProps}
    >
      <div className="outline-item-head">
        <span
          className="drag-handle"
          {...dragProps}
          onDragStart={onHandleDragStart}
          title={t('composer.item.drag')}
          aria-hidden="true"
        >
          ⠿
        </span>
        <button
          type="button"
          className="outline-item-title"
          data-control="title"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((now) => !now)}
        >
          <span className="outline-item-kind">{kindLabel}</span>
          <span className="outline-item-name">{titleText}</span>
        </button>
        <div className="outline-item-tools" role="group" aria-label={t('composer.item.tools', { title: titleText })}>
          <MoveRemoveControls
            up={{
              name: 'up',
              label: t('composer.item.moveUp', { title: titleText }),
              hint: t('composer.item.moveUpHint'),
              disabled: !canMoveUp,
              onClick: () => actions.moveItemBy(item.id, -1, 'up')
            }}
            down={{
              name: 'down',
              label: t('composer.item.moveDown', { title: titleText }),
              hint: t('composer.item.moveDownHint'),
              disabled: !canMoveDown,
              onClick: () => actions.moveItemBy(item.id, 1, 'down')
            }}
            remove={{
              name: 'remove',
              label: t('composer.item.remove', { title: titleText }),
              hint: t('composer.item.removeHint'),
              onClick: () => actions.removeItem(item.id)
            }}
          />
        </div>
      </div>
      <ItemFlags resolved={resolved} />
      {!open && !isText && (
        <p className="outline-item-excerpt" lang={language}>
          {excerpt(pick(resolved.text, language), 140)}
        </p>
      )}
      <div id={bodyId} hidden={!open}>
        {open && <ItemBody resolved={resolved} actions={actions} />}
      </div>
    </li>
  )
})

/** What is special about the item, in words: edited here, out of date, missing, marked, a language to update. */
function ItemFlags({ resolved }: { resolved: ResolvedItem }) {
  const { t } = useTranslation()
  const marking = resolved.library?.marking
  const lagging = languageToUpdate(textState(resolved.text))
  const flags = [
    resolved.edited && (
      <span key="edited" className="badge badge-edited">
        {t('composer.item.edited')}
      </span>
    ),
    resolved.newerLibraryText !== null && (
      <span key="changed" className="badge badge-changed" data-testid="out-of-date-badge">
        {t('composer.item.outOfDate')}
      </span>
    ),
    resolved.missing && (
      <span key="missing" className="badge badge-overdue">
        {t('composer.item.missing')}
      </span>
    ),
    marking && marking !== 'UNCLASSIFIED' && <MarkingBadge key="marking" marking={marking} />,
    lagging && <TranslationBadges key="translation" translation={{ needsUpdate: [lagging], missing: [] }} />
  ].filter(Boolean)
  if (flags.length === 0) return null
  return <p className="outline-item-flags">{flags}</p>
}
