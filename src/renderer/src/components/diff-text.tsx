import { useTranslation } from '@renderer/i18n/translation'
import type { DiffPart } from '@renderer/lib/word-diff'

/**
 * Words added and removed between two versions. <ins> and <del> are underlined and struck
 * through (not only coloured), and each says "added" or "removed" to screen readers, which
 * mostly do not announce the elements themselves.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation()
  return (
    <>
      {parts.map((part, index) => {
        if (part.change === 'added') {
          return (
            <ins key={index}>
              <span className="visually-hidden">[{t('history.added')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          )
        }
        if (part.change === 'removed') {
          return (
            <del key={index}>
              <span className="visually-hidden">[{t('history.removed')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          )
        }
        return <span key={index}>{part.text}</span>
      })}
    </>
  )
}
