import { useCallback } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ResolvedItem } from '@shared/brief-rules'
import type { BilingualText } from '@shared/languages'
import type { OutlineActions } from '../composer/outline-actions'
import { outlineItemId } from '../composer/focus'
import { IrritantRowsEditor } from './irritant-rows-editor'
import { OutOfDatePanel } from './out-of-date-panel'
import { TextPairEditor } from './text-pair-editor'
import { TranslationPanel } from './translation-panel'

interface Props {
  resolved: ResolvedItem
  actions: OutlineActions
}

/**
 * An opened item: its text to write in place. For a library item the text written here is
 * the brief's own copy (the library is never changed from a brief), which can be reset; an
 * out-of-date copy shows the library's newer text beside it. An irritant is written row by row
 * (irritant-rows-editor.tsx).
 */
export function ItemBody({ resolved, actions }: Props) {
  const { t } = useTranslation()
  const item = resolved.briefItem
  const idBase = `${outlineItemId(item.id)}-text`
  const commit = useCallback(
    (text: BilingualText) =>
      item.type === 'text' ? actions.setText(item.id, text) : actions.setOverride(item.id, text),
    [actions, item.id, item.type]
  )

  if (item.type === 'text') {
    return (
      <div className="outline-item-body">
        <TranslationPanel resolved={resolved} actions={actions} />
        <TextPairEditor idBase={idBase} legend={t('composer.item.freeText')} value={resolved.text} onCommit={commit} />
      </div>
    )
  }
  return (
    <div className="outline-item-body">
      {resolved.newerLibraryText && (
        <OutOfDatePanel
          briefText={resolved.text}
          libraryText={resolved.newerLibraryText}
          titles={
            resolved.newerLibraryTitle && {
              label: t(resolved.kind === 'partner' ? 'fields.name' : 'fields.title'),
              brief: resolved.title,
              library: resolved.newerLibraryTitle
            }
          }
          onTake={() => actions.takeLibraryText(item.id)}
        />
      )}
      {resolved.rows ? (
        <IrritantRowsEditor resolved={resolved} actions={actions} />
      ) : (
        <>
          <TranslationPanel resolved={resolved} actions={actions} />
          <p className="hint">{t('composer.item.editHint')}</p>
          <TextPairEditor
            idBase={idBase}
            legend={t('composer.item.textInBrief')}
            value={resolved.text}
            onCommit={commit}
          />
          {resolved.edited && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => actions.setOverride(item.id, null)}
            >
              {t('composer.item.reset')}
            </button>
          )}
        </>
      )}
    </div>
  )
}
