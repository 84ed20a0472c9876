import { memo, useCallback } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { PartnerName } from '@shared/operations'
import type { IrritantRow } from '@shared/irritant-rows'
import { LANGUAGE_TAGS, pick } from '@shared/languages'
import type { BilingualText } from '@shared/languages'
import { languageToUpdate, textState } from '@shared/translation'
import { shownLanguage } from '@renderer/components/localized-text'
import { TranslationBadges } from '@renderer/components/translation-badge'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { OutlineActions } from '../composer/outline-actions'
import { outlineItemId } from '../composer/focus'
import { TextPairEditor } from './text-pair-editor'

/** Why a line for a group is offered: the group, and the brief's partners that belong to it. */
export interface Offered {
  group: PartnerName
  groupName: string
  members: string
}

interface Props {
  itemId: string
  row: IrritantRow
  /** "Context", or "Line 2 — If raised by Mexico". */
  label: string
  includeLabel: string
  offered: Offered | null
  actions: OutlineActions
}

/**
 * One row of an irritant: what it is and whom it is aimed at, its flags, whether it is in the
 * brief (lines only), and its text to edit, or to restore to the library's.
 */
export const IrritantRowView = memo(function IrritantRowView({
  itemId,
  row,
  label,
  includeLabel,
  offered,
  actions
}: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { lineId } = row
  const idBase = `${outlineItemId(itemId)}-row-${lineId ?? 'context'}`
  const commit = useCallback(
    (text: BilingualText) => actions.setRowText(itemId, lineId, text),
    [actions, itemId, lineId]
  )
  const lagging = row.included ? languageToUpdate(textState(row.text)) : null
  // A row that follows a library text since replaced is settled by taking the library's text first.
  const canConfirm = row.edited || !row.libraryChanged
  const restore = () => {
    actions.setRowText(itemId, lineId, null)
    // The button goes with the edit: the row's English text takes the focus.
    requestAnimationFrame(() => document.getElementById(`${idBase}-en`)?.focus())
  }
  const shown = shownLanguage(row.text, language)
  return (
    <li
      className={row.included ? 'irritant-row' : 'irritant-row irritant-row-out'}
      data-testid="irritant-row"
      data-line-id={lineId ?? 'context'}
    >
      <div className="irritant-row-head">
        <span className="irritant-row-label">{label}</span>
        {lineId !== null && (
          <label className="checkbox irritant-row-include">
            <input
              type="checkbox"
              checked={row.included}
              aria-label={includeLabel}
              aria-describedby={offered ? `${idBase}-offered` : undefined}
              data-control={`include-${lineId}`}
              onChange={(event) => actions.includeLine(itemId, lineId, event.target.checked, offered?.group)}
            />
            <span>{t('composer.rows.include')}</span>
          </label>
        )}
        {row.edited && <span className="badge badge-edited">{t('composer.item.edited')}</span>}
        {row.libraryChanged && <span className="badge badge-changed">{t('composer.item.outOfDate')}</span>}
        {lagging && <TranslationBadges translation={{ needsUpdate: [lagging], missing: [] }} />}
      </div>
      {offered && (
        <p className="hint" id={`${idBase}-offered`}>
          {t('composer.rows.offered', { group: offered.groupName, members: offered.members })}
        </p>
      )}
      {row.included ? (
        <TextPairEditor idBase={idBase} legend={label} value={row.text} onCommit={commit} />
      ) : (
        <>
          {!offered && <p className="hint">{t('composer.rows.leftOut')}</p>}
          <p className="irritant-row-text" lang={LANGUAGE_TAGS[shown]}>
            {pick(row.text, language)}
          </p>
        </>
      )}
      {((lagging && canConfirm) || row.edited) && (
        <div className="irritant-row-tools">
          {lagging && canConfirm && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => actions.confirmRowTranslation(itemId, lineId)}
            >
              {t(`translation.notice.confirm.${lagging}`)}
            </button>
          )}
          {row.edited && (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('composer.rows.restoreLabel', { row: label })}
              onClick={restore}
            >
              {t('composer.rows.restore')}
            </button>
          )}
        </div>
      )}
    </li>
  )
})
