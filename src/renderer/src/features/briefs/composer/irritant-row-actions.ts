import type { BriefItem, Irritant, Partner } from '@shared/entities'
import type { PartnerName } from '@shared/operations'
import { api } from '@renderer/api/client'
import { atVersion } from '@shared/brief-rules'
import { inBriefByDefault, rowKey } from '@shared/irritant-rows'
import type { RowLine } from '@shared/irritant-rows'
import type { BilingualText } from '@shared/languages'
import i18n from '@renderer/i18n'
import * as ops from '../outline/outline-ops'
import type { ComposerStore } from './composer-store'

interface Deps {
  store: ComposerStore
  announce: (text: string) => void
  itemName: (item: BriefItem) => string
  /** "Still matches" for a text the brief takes from the library: confirmed in the library. */
  confirmInLibrary: (itemId: string) => void
  /** Says "still matches" was recorded, and brings focus back to the item. */
  confirmed: (itemId: string) => void
}

type Placed = Extract<BriefItem, { type: 'library' }>

/** The edits of an irritant's rows in the composer: each an undoable step, announced. */
export function createIrritantRowActions({ store, announce, itemName, confirmInLibrary, confirmed }: Deps) {
  const t = i18n.t.bind(i18n)
  const brief = () => store.getState().history.present
  const placedIrritant = (itemId: string): Placed | null => {
    for (const section of brief().sections) {
      const item = section.items.find((each) => each.id === itemId)
      if (item) return item.type === 'library' && item.kind === 'irritant' ? item : null
    }
    return null
  }
  // Whether the brief shows the line untouched, read from the version it copied.
  const byDefault = (item: Placed, lineId: RowLine): boolean => {
    if (lineId === null) return true
    const library = store.getState().lookup('irritant', item.itemId)
    const placed = library ? ((atVersion(library, item.placedVersion) as Irritant | undefined) ?? library) : undefined
    const line = placed?.responsiveLines.find((each) => each.id === lineId)
    return line ? inBriefByDefault(line, brief().partnerIds) : false
  }
  const rowOf = (item: Placed, lineId: RowLine) =>
    lineId === null ? item.rows?.context : item.rows?.lines.find((line) => line.lineId === lineId)

  return {
    /** The brief's own text for one row; null follows the library again. */
    setRowText(itemId: string, lineId: RowLine, override: BilingualText | null) {
      const item = placedIrritant(itemId)
      if (!item) return
      const key = override ? `edit:${rowKey(itemId, lineId)}` : undefined
      store.apply((current) => ops.setIrritantRow(current, itemId, lineId, { override }, byDefault(item, lineId)), key)
      if (override === null) announce(t('composer.rows.announce.restored'))
    },
    /**
     * Puts a line in the brief or leaves it out (a group's line is added this way too); `target`
     * is the partner the line is aimed at, which the preview names ("If raised by the MIRPS").
     */
    includeLine(itemId: string, lineId: string, included: boolean, target?: PartnerName) {
      const item = placedIrritant(itemId)
      if (!item) return
      // The preview names the group from the brief's library; its record is fetched once.
      if (target && !store.getState().lookup('partner', target.id)) {
        void api['library.get']({ kind: 'partner', id: target.id }).then((answer) => {
          if (answer.ok) store.addLibrary('partner', answer.value as Partner)
        })
      }
      store.apply((current) => ops.setIrritantRow(current, itemId, lineId, { included }, byDefault(item, lineId)))
      announce(t(included ? 'composer.announce.lineAdded' : 'composer.announce.lineRemoved', { title: itemName(item) }))
    },
    /** "Still matches" for one row: the brief's own copy with the next save, else in the library. */
    confirmRowTranslation(itemId: string, lineId: RowLine) {
      const item = placedIrritant(itemId)
      if (!item) return
      const own = rowOf(item, lineId)
      if (own && own.override !== null) {
        store.confirmTranslation(rowKey(itemId, lineId))
        confirmed(itemId)
        return
      }
      confirmInLibrary(itemId)
    }
  }
}
