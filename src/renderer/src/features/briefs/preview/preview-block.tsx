import { memo } from 'react'
import { nestedInParentheses } from '@shared/irritant-rows'
import { pick } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import type { BlockFlags, PreviewBlock, PreviewLine } from './preview-model'
import { PreviewFigures } from './preview-figures'
import { PreviewRichText, PreviewRow, PreviewText, useDocumentWords } from './preview-row'

interface Props {
  block: PreviewBlock
  languages: readonly Language[]
}

// French puts the partner in parentheses, where its own parentheses become brackets.
function targetName(target: BilingualText, language: Language): string {
  const name = pick(target, language)
  return language === 'fr' ? nestedInParentheses(name) : name
}

function sameText(a: BilingualText | null | undefined, b: BilingualText | null | undefined): boolean {
  return a === b || (!!a && !!b && a.en === b.en && a.fr === b.fr)
}

function sameLine(a: PreviewLine, b: PreviewLine | undefined): boolean {
  return b !== undefined && a.lineId === b.lineId && sameText(a.text, b.text) && sameText(a.target, b.target)
}

function sameFlags(a: BlockFlags, b: BlockFlags): boolean {
  return (
    a.edited === b.edited &&
    a.outOfDate === b.outOfDate &&
    a.missing === b.missing &&
    a.reviewOverdue === b.reviewOverdue
  )
}

/**
 * True when a block would draw the same: the preview model is rebuilt on every edit, but its
 * texts are the cached resolved items' own objects, so unchanged blocks compare equal cheaply.
 */
export function sameBlock(a: PreviewBlock, b: PreviewBlock): boolean {
  if (a.type !== b.type || a.itemId !== b.itemId || !sameFlags(a.flags, b.flags)) return false
  switch (a.type) {
    case 'numbered':
      return b.type === 'numbered' && a.number === b.number && a.text === b.text
    case 'paragraph':
      return b.type === 'paragraph' && a.bullet === b.bullet && a.text === b.text
    case 'titled':
      return (
        b.type === 'titled' &&
        a.title === b.title &&
        a.body === b.body &&
        a.facts === b.facts &&
        a.figures === b.figures
      )
    case 'irritant':
      return (
        b.type === 'irritant' &&
        a.title === b.title &&
        a.context === b.context &&
        a.lines.length === b.lines.length &&
        a.lines.every((line, index) => sameLine(line, b.lines[index]))
      )
  }
}

/** One item as the exported document prints it. */
export const PreviewBlockView = memo(
  function PreviewBlockView({ block, languages }: Props) {
    const word = useDocumentWords()
    const flagged = block.flags.outOfDate || block.flags.missing
    const className = `preview-block${block.flags.edited ? ' preview-edited' : ''}${flagged ? ' preview-flagged' : ''}`
    return (
      <div className={className} data-item-id={block.itemId}>
        {block.type === 'numbered' && (
          <PreviewRow languages={languages}>
            {(language) => (
              <PreviewRichText
                className="preview-numbered"
                value={block.text}
                language={language}
                lead={<span className="preview-number">{block.number}. </span>}
              />
            )}
          </PreviewRow>
        )}
        {block.type === 'paragraph' && (
          <PreviewRow languages={languages}>
            {(language) => (
              <PreviewRichText
                className={block.bullet ? 'preview-bullet' : 'preview-paragraph'}
                value={block.text}
                language={language}
              />
            )}
          </PreviewRow>
        )}
        {(block.type === 'titled' || block.type === 'irritant') && (
          <PreviewRow languages={languages} className="preview-item-title">
            {(language) => (
              <h5 className="preview-h3">
                <PreviewText value={block.title} language={language} />
              </h5>
            )}
          </PreviewRow>
        )}
        {block.type === 'titled' && (
          <PreviewRow languages={languages}>
            {(language) => (
              <>
                <PreviewRichText className="preview-paragraph" value={block.body} language={language} />
                {block.facts.length > 0 && (
                  <table className="preview-table">
                    <caption>{word('keyFacts', language)}</caption>
                    <tbody>
                      {block.facts.map((fact, index) => (
                        <tr key={index}>
                          <th scope="row">{fact.label[language]}</th>
                          <td>{fact.value[language]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <PreviewFigures figures={block.figures} language={language} />
              </>
            )}
          </PreviewRow>
        )}
        {block.type === 'irritant' && (
          <>
            {(block.context.en.trim() !== '' || block.context.fr.trim() !== '') && (
              <PreviewRow languages={languages}>
                {(language) => (
                  <PreviewRichText className="preview-paragraph" value={block.context} language={language} />
                )}
              </PreviewRow>
            )}
            {block.lines.map((line, index) => (
              <PreviewRow key={line.lineId ?? index} languages={languages}>
                {(language) => (
                  <PreviewRichText
                    className="preview-if-raised"
                    value={line.text}
                    language={language}
                    lead={
                      <strong>
                        {line.target
                          ? word('ifRaisedBy', language, { partner: targetName(line.target, language) })
                          : word('ifRaised', language)}{' '}
                      </strong>
                    }
                  />
                )}
              </PreviewRow>
            ))}
            {block.lines.length === 0 && (
              <PreviewRow languages={languages}>
                {(language) => (
                  <p className="preview-if-raised">
                    <strong>{word('ifRaised', language)}</strong>{' '}
                    <PreviewText value={{ en: '', fr: '' }} language={language} />
                  </p>
                )}
              </PreviewRow>
            )}
          </>
        )}
      </div>
    )
  },
  (before, after) => before.languages === after.languages && sameBlock(before.block, after.block)
)
