import { useTranslation } from '@renderer/i18n/translation'
import type { DiffPart } from '@renderer/lib/word-diff'

/**
 * One side of a conflict's text, the words the other side does not have marked. The mark is
 * a background and an underline (not colour alone), and says "differs" to screen readers.
 */
export function DiffMarks({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation()
  return (
    <>
      {parts.map((part, index) =>
        part.change === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : (
          <mark key={index} className="diff-mark">
            <span className="visually-hidden">[{t('exchange.conflict.differs')}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </mark>
        )
      )}
    </>
  )
}
