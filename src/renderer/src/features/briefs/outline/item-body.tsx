import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedItem } from '@shared/brief-rules'
import type { BilingualText } from '@shared/languages'
import type { OutlineActions } from '../composer/outline-actions'
import { outlineItemId } from '../composer/focus'
import { OfferedLines } from './offered-lines'
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
 * out-of-date copy shows the library's newer text beside it. An irritant also offers the lines
 * aimed at groups the brief's partners belong to.
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
          onTake={() => actions.takeLibraryText(item.id)}
        />
      )}
      <TranslationPanel resolved={resolved} actions={actions} />
      <p className="hint">{t('composer.item.editHint')}</p>
      <TextPairEditor idBase={idBase} legend={t('composer.item.textInBrief')} value={resolved.text} onCommit={commit} />
      <OfferedLines resolved={resolved} actions={actions} />
      {resolved.edited && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => actions.setOverride(item.id, null)}
        >
          {t('composer.item.reset')}
        </button>
      )}
    </div>
  )
}
