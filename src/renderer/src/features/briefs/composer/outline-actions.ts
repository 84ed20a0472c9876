import type { BriefItem, BriefSection, Irritant, LibraryItem, LibraryKind } from '@shared/entities'
import { pick } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import i18n, { currentLanguage } from '@renderer/i18n'
import type { Flash } from '@renderer/components/flash-message'
import { excerpt } from '@renderer/lib/item-text'
import { api } from '@renderer/api/client'
import { errorMessage } from '@renderer/i18n/messages'
import { DRAG_TYPES } from '@renderer/lib/drag-and-drop'
import type { Dropped } from '@renderer/lib/drag-and-drop'
import * as ops from '../outline/outline-ops'
import { readLibraryDrag } from '../picker/library-drag'
import type { Resolve } from '../preview/resolve-cache'
import type { ComposerStore } from './composer-store'
import { focusItem, focusSection } from './focus'
import { createIrritantRowActions } from './irritant-row-actions'
import { customSection, libraryBriefItem, textBriefItem } from './new-items'

// Text just added opens for writing; every other item starts folded, so a long brief stays scannable.
const justAdded = new Set<string>()

/** True for an item added this moment as free text: its editor opens. */
export function isJustAdded(itemId: string): boolean {
  return justAdded.has(itemId)
}

/** Forgets that an item was just added (once it has been drawn open). */
export function forgetJustAdded(itemId: string): void {
  justAdded.delete(itemId)
}

interface Deps {
  store: ComposerStore
  resolve: Resolve
  announce: (text: string) => void
  flash: (flash: Flash | null) => void
}

/** Every outline edit the composer offers, each one undoable step, announced for screen readers. */
export function createOutlineActions({ store, resolve, announce, flash }: Deps) {
  const t = i18n.t.bind(i18n)
  const brief = () => store.getState().history.present
  const words = (text: BilingualText) => pick(text, currentLanguage())
  const sectionName = (section: BriefSection | undefined) =>
    section ? words(section.title) || t('composer.outline.untitledSection') : ''
  const itemName = (item: BriefItem) => {
    const resolved = resolve(item, store.getState().lookup, brief().partnerIds)
    const name = words(resolved.title) || excerpt(words(resolved.text), 60)
    return name || t('composer.outline.untitledItem')
  }
  const place = (itemId: string) => {
    const found = ops.findItem(brief(), itemId)
    const section = found ? brief().sections[found.sectionIndex] : undefined
    const item = found ? section?.items[found.itemIndex] : undefined
    return found && section && item ? { ...found, section, item } : null
  }
  const announcePlace = (itemId: string) => {
    const at = place(itemId)
    if (!at) return
    announce(
      t('composer.announce.moved', {
        title: itemName(at.item),
        position: at.itemIndex + 1,
        count: at.section.items.length,
        section: sectionName(at.section)
      })
    )
  }

  const confirmed = (itemId: string) => {
    announce(t('translation.brief.confirmed'))
    focusItem(itemId)
  }
  // A text the brief takes from the library is confirmed there: a new version of the item.
  const confirmInLibrary = (itemId: string) => {
    const at = place(itemId)
    if (at?.item.type !== 'library') return
    const { kind, itemId: libraryId } = at.item
    const library = store.getState().lookup(kind, libraryId)
    if (!library) return
    void api['library.confirmTranslation']({ kind, id: libraryId, expectedVersion: library.version }).then((answer) => {
      if (!answer.ok)
        return flash({ text: t('translation.brief.confirmFailed', { reason: errorMessage(t, answer.error) }) })
      store.addLibrary(kind, answer.value)
      confirmed(itemId)
    })
  }

  return {
    ...createIrritantRowActions({ store, announce, itemName, confirmInLibrary, confirmed }),
    /** Places a library item in a section; returns its id in the brief, for the caller to focus it. */
    addLibraryItem(kind: LibraryKind, item: LibraryItem, sectionId: string, index?: number): string {
      store.addLibrary(kind, item)
      const placed = libraryBriefItem(kind, item)
      store.apply((current) => ops.addItem(current, sectionId, placed, index))
      const section = brief().sections.find((each) => each.id === sectionId)
      announce(t('composer.announce.added', { title: itemName(placed), section: sectionName(section) }))
      return placed.id
    },
    /**
     * Places the library item `ref` names, read fresh, so that the brief records the version the
     * library holds now (a search's hit may be older, and carries no history); `index` is worked
     * out once it has arrived.
     */
    addFromLibrary(
      ref: { kind: LibraryKind; id: string },
      sectionId: string,
      index: () => number | undefined = () => undefined
    ) {
      void api['library.get'](ref).then((answer) => {
        if (!answer.ok)
          return flash({ text: t('composer.announce.addFailed', { reason: errorMessage(t, answer.error) }) })
        this.addLibraryItem(ref.kind, answer.value, sectionId, index())
      })
    },
    addText(sectionId: string) {
      const placed = textBriefItem()
      justAdded.add(placed.id)
      store.apply((current) => ops.addItem(current, sectionId, placed))
      focusItem(placed.id, 'text-en')
    },
    removeItem(itemId: string) {
      const at = place(itemId)
      if (!at) return
      const next = at.section.items[at.itemIndex + 1] ?? at.section.items[at.itemIndex - 1]
      store.apply((current) => ops.removeItem(current, itemId))
      flash({
        text: t('composer.announce.removed', { title: itemName(at.item), section: sectionName(at.section) }),
        undo: {
          label: t('composer.undo'),
          run: async () => {
            store.apply((current) => ops.addItem(current, at.section.id, at.item, at.itemIndex))
            flash(null)
            focusItem(itemId)
          }
        }
      })
      if (next) focusItem(next.id)
      else focusSection(at.section.id)
    },
    moveItemBy(itemId: string, delta: -1 | 1, control?: string) {
      store.apply((current) => ops.moveItemBy(current, itemId, delta))
      announcePlace(itemId)
      focusItem(itemId, control)
    },
    moveItemTo(itemId: string, sectionId: string, index?: number) {
      store.apply((current) => ops.moveItem(current, itemId, sectionId, index))
      announcePlace(itemId)
    },
    /** A drag dropped before or after an item, or at the end of a section (no item). */
    drop({ type, value, place }: Dropped, sectionId: string, targetItemId: string | null) {
      const after = place === 'after'
      if (type === DRAG_TYPES.briefItem) {
        if (value === targetItemId || !ops.findItem(brief(), value)) return
        this.moveItemTo(value, sectionId, ops.dropIndex(brief(), sectionId, targetItemId, after, value))
        return
      }
      const ref = readLibraryDrag(value)
      if (!ref) return
      this.addFromLibrary(ref, sectionId, () => ops.dropIndex(brief(), sectionId, targetItemId, after, null))
    },
    setOverride(itemId: string, override: BilingualText | null) {
      store.apply((current) => ops.setOverride(current, itemId, override), override ? `edit:${itemId}` : undefined)
      if (override === null) announce(t('composer.announce.reset'))
    },
    takeLibraryText(itemId: string) {
      const at = place(itemId)
      if (at?.item.type !== 'library') return
      const library = store.getState().lookup(at.item.kind, at.item.itemId)
      if (!library) return
      const irritant = at.item.kind === 'irritant' ? (library as Irritant) : null
      store.apply((current) => ops.takeLibraryText(current, itemId, library.version, irritant))
      announce(t('composer.announce.tookLibraryText', { title: itemName(at.item) }))
    },
    /**
     * "Still matches" for an item's text: the brief's own text is confirmed with the next save;
     * a text the brief takes from the library is confirmed in the library (a new version there).
     */
    confirmTranslation(itemId: string) {
      const at = place(itemId)
      if (!at) return
      if (at.item.type === 'text' || at.item.override !== null) {
        store.confirmTranslation(itemId)
        return confirmed(itemId)
      }
      confirmInLibrary(itemId)
    },
    setText(itemId: string, text: BilingualText) {
      store.apply((current) => ops.setText(current, itemId, text), `text:${itemId}`)
    },
    addSection(title: BilingualText) {
      const section = customSection(title)
      store.apply((current) => ops.addSection(current, section))
      focusSection(section.id)
      announce(t('composer.announce.sectionAdded', { section: sectionName(section) }))
    },
    renameSection(sectionId: string, title: BilingualText) {
      store.apply((current) => ops.renameSection(current, sectionId, title), `rename:${sectionId}`)
    },
    removeSection(sectionId: string) {
      const index = brief().sections.findIndex((section) => section.id === sectionId)
      const section = brief().sections[index]
      if (!section) return
      store.apply((current) => ops.removeSection(current, sectionId))
      flash({
        text: t('composer.announce.sectionRemoved', { section: sectionName(section), count: section.items.length }),
        undo: {
          label: t('composer.undo'),
          run: async () => {
            store.apply((current) => ops.addSection(current, section, index))
            flash(null)
            focusSection(sectionId)
          }
        }
      })
      const neighbour = brief().sections[Math.min(index, brief().sections.length - 1)]
      if (neighbour) focusSection(neighbour.id)
    },
    moveSectionBy(sectionId: string, delta: -1 | 1) {
      store.apply((current) => ops.moveSectionBy(current, sectionId, delta))
      focusSection(sectionId, delta === -1 ? 'section-up' : 'section-down')
      const index = brief().sections.findIndex((section) => section.id === sectionId)
      announce(
        t('composer.announce.sectionMoved', {
          section: sectionName(brief().sections[index]),
          position: index + 1,
          count: brief().sections.length
        })
      )
    },
    undo() {
      if (store.getState().history.past.length === 0) return announce(t('composer.announce.nothingToUndo'))
      store.undo()
      announce(t('composer.announce.undone'))
    },
    redo() {
      if (store.getState().history.future.length === 0) return announce(t('composer.announce.nothingToRedo'))
      store.redo()
      announce(t('composer.announce.redone'))
    }
  }
}

export type OutlineActions = ReturnType<typeof createOutlineActions>
