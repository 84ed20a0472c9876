import { useMemo } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ResolvedItem } from '@shared/brief-rules'
import { atVersion } from '@shared/brief-rules'
import type { Irritant } from '@shared/entities'
import { nestedInParentheses } from '@shared/irritant-rows'
import type { IrritantRow } from '@shared/irritant-rows'
import { pick } from '@shared/languages'
import { offeredLines } from '@shared/offered-lines'
import { usePartners } from '@renderer/lib/partners-context'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { OutlineActions } from '../composer/outline-actions'
import { useBrief } from '../composer/composer-context'
import { outlineItemId } from '../composer/focus'
import { IrritantRowView } from './irritant-row'
import type { Offered } from './irritant-row'

interface Props {
  resolved: ResolvedItem
  actions: OutlineActions
}

interface Entry {
  row: IrritantRow
  offered: Offered | null
}

/**
 * An opened irritant, row by row: its context, then each responsive line with whom it is aimed
 * at, each edited on its own and each line kept in or left out. Lines written for a group that a
 * partner of the brief belongs to (the MIRPS in a meeting with Mexico) are offered unticked.
 */
export function IrritantRowsEditor({ resolved, actions }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { partners } = usePartners()
  const partnerIds = useBrief().partnerIds
  const item = resolved.briefItem
  const library = resolved.library as Irritant | null
  const placedVersion = item.type === 'library' ? item.placedVersion : 0
  const rows = useMemo(() => resolved.rows ?? [], [resolved.rows])

  const entries = useMemo((): Entry[] => {
    const placed = library ? ((atVersion(library, placedVersion) as Irritant | undefined) ?? library) : null
    const byId = new Map(partners.map((partner) => [partner.id, partner]))
    const offered = new Map(
      (placed ? offeredLines(placed, partnerIds, (id) => byId.get(id)) : []).map((each) => [each.line.id, each])
    )
    const name = (id: string) => {
      const partner = byId.get(id)
      return partner ? pick(partner.name, language) || id : id
    }
    const offeredFor = (lineId: string | null): Offered | null => {
      const found = lineId === null ? undefined : offered.get(lineId)
      const group = found && byId.get(found.groupId)
      return found && group
        ? { group, groupName: name(found.groupId), members: found.memberIds.map(name).join(', ') }
        : null
    }
    const [context, ...shown] = rows
    const lines = (placed?.responsiveLines ?? []).flatMap((line): Entry[] => {
      const row = shown.find((each) => each.lineId === line.id)
      if (row) return [{ row, offered: offeredFor(line.id) }]
      if (!offered.has(line.id)) return []
      const notAdded: IrritantRow = {
        lineId: line.id,
        partnerId: line.partnerId,
        included: false,
        text: line.text,
        edited: false,
        libraryChanged: false
      }
      return [{ row: notAdded, offered: offeredFor(line.id) }]
    })
    // An irritant gone from the library keeps only the rows the brief wrote itself.
    const orphans = placed ? [] : shown.map((row) => ({ row, offered: null }))
    return [...(context ? [{ row: context, offered: null }] : []), ...lines, ...orphans]
  }, [library, placedVersion, partners, partnerIds, rows, language])

  const targetOf = (row: IrritantRow): string => {
    if (row.partnerId === null) return t('composer.rows.anyPartner')
    const partner = partners.find((each) => each.id === row.partnerId)
    const name = partner ? pick(partner.name, language) : row.partnerId
    return t('composer.rows.raisedBy', { partner: language === 'fr' ? nestedInParentheses(name) : name })
  }
  const hintId = `${outlineItemId(item.id)}-rows-hint`
  let number = 0
  return (
    <fieldset className="irritant-rows" data-testid="irritant-rows" aria-describedby={hintId}>
      <legend className="field-label">{t('composer.rows.legend')}</legend>
      <p className="hint" id={hintId}>
        {t('composer.rows.hint')}
      </p>
      <ol className="irritant-row-list">
        {entries.map(({ row, offered }) => {
          if (row.lineId !== null) number += 1
          const label =
            row.lineId === null
              ? t('composer.rows.context')
              : t('composer.rows.line', { number, target: targetOf(row) })
          return (
            <IrritantRowView
              key={row.lineId ?? ''}
              itemId={item.id}
              row={row}
              label={label}
              includeLabel={t('composer.rows.includeLabel', { number, target: targetOf(row) })}
              offered={offered}
              actions={actions}
            />
          )
        })}
      </ol>
    </fieldset>
  )
}
