import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { WordFileParagraphs } from '@shared/exchange-inputs'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { ExchangeGo } from '../exchange-nav'
import { FileProblems } from '../file-problems'
import { ParagraphOptionsFields } from './paragraph-options'
import type { ParagraphOptions } from './paragraph-selection'
import { guessLanguage, pick, setAll, setOptions, toSelections, unpick } from './paragraph-selection'
import { WordFile } from './word-file'
import { BackButton } from '@renderer/components/back-button'

interface Props {
  files: WordFileParagraphs[]
  go: ExchangeGo
}

/**
 * The paragraphs of the chosen Word documents, headings shown as headings. The user ticks the
 * paragraphs to keep, says what each becomes (or sets it for all), and saves them as drafts.
 */
export function WordReview({ files, go }: Props) {
  const { t } = useTranslation()
  const uiLanguage = useUiLanguage()
  // The documents' own language is the likelier choice than the interface's.
  const [defaults, setDefaults] = useState<ParagraphOptions>(() => ({
    kind: 'keyMessage',
    partnerId: '',
    topic: '',
    language: guessLanguage(
      files.flatMap((file) => file.paragraphs.map((paragraph) => paragraph.text)),
      uiLanguage
    )
  }))
  const [picked, setPicked] = useState<ReadonlyMap<string, ParagraphOptions>>(new Map())
  const [busy, setBusy] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const problemRef = useRef<HTMLDivElement>(null)
  const count = picked.size

  useEffect(() => {
    if (problem) problemRef.current?.focus()
  }, [problem])

  // Ticked paragraphs are work: leaving with some asks first.
  const leave = () => (count > 0 ? setLeaving(true) : go({ view: 'home' }))

  const toggle = (keys: string[], on: boolean) =>
    setPicked((current) => (on ? pick(current, keys, defaults) : unpick(current, keys)))

  const save = async () => {
    setProblem(null)
    setBusy(true)
    const result = await api['exchange.saveDrafts']({ selections: toSelections(files, picked) })
    setBusy(false)
    if (!result.ok) return setProblem(result.error)
    go({ view: 'home' }, { type: 'drafts', items: result.value })
  }

  return (
    <div className="word-review" data-testid="word-review">
      <BackButton onClick={leave}>{t('exchange.back')}</BackButton>
      <ScreenHeading>{t('exchange.word.reviewTitle')}</ScreenHeading>
      <p className="lead">{t('exchange.word.reviewIntro')}</p>

      <div className="word-defaults">
        <ParagraphOptionsFields
          legend={t('exchange.word.defaults')}
          legendVisible
          options={defaults}
          onChange={(patch) => setDefaults((current) => ({ ...current, ...patch }))}
        />
        <p className="hint">{t('exchange.word.defaultsHint')}</p>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={count === 0}
          onClick={() => setPicked((current) => setAll(current, defaults))}
        >
          {t('exchange.word.applyToAll', { count })}
        </button>
      </div>

      {files.map((file, index) => (
        <WordFile
          key={`${index}:${file.name}`}
          file={file}
          fileIndex={index}
          picked={picked}
          onToggle={toggle}
          onOptions={(key, patch) => setPicked((current) => setOptions(current, key, patch))}
        />
      ))}

      {problem && (
        <FileProblems
          ref={problemRef}
          title={t('exchange.word.notSaved')}
          error={problem}
          message={problem.code === 'invalid-file' ? t('exchange.word.selectionRefused') : undefined}
        />
      )}

      <div className="word-save-bar" data-testid="word-save-bar">
        <p className="word-save-count" role="status">
          {t('exchange.word.selected', { count })}
        </p>
        <div className="form-actions">
          <button type="button" className="button" disabled={count === 0 || busy} onClick={() => void save()}>
            {busy ? t('exchange.word.saving') : t('exchange.word.save', { count })}
          </button>
          <button type="button" className="button button-secondary" onClick={leave}>
            {t('exchange.preview.cancel')}
          </button>
        </div>
      </div>
      {leaving && (
        <ConfirmDialog
          title={t('exchange.word.leaveTitle', { count })}
          message={t('exchange.word.leaveMessage')}
          confirmLabel={t('exchange.word.leaveConfirm')}
          cancelLabel={t('exchange.word.leaveCancel')}
          onConfirm={() => go({ view: 'home' })}
          onCancel={() => setLeaving(false)}
        />
      )}
    </div>
  )
}
