import { Fragment, useMemo } from 'react'
import type { ReactNode } from 'react'
import { parseRichText } from '@shared/rich-text'
import type { RichBlock, RichLine } from '@shared/rich-text'

// A text's paragraphs, lists and emphasis (src/shared/rich-text.ts) as React elements. Text is
// only ever a child string, never HTML, so whatever an officer typed or pasted shows as typed.

function Line({ line }: { line: RichLine }) {
  return (
    <>
      {line.map((run, index) => {
        const italic = run.italics ? <em>{run.text}</em> : run.text
        return <Fragment key={index}>{run.bold ? <strong>{italic}</strong> : italic}</Fragment>
      })}
    </>
  )
}

function Block({ block, lead }: { block: RichBlock; lead: ReactNode }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          {lead}
          {block.lines.map((line, index) => (
            <Fragment key={index}>
              {index > 0 && <br />}
              <Line line={line} />
            </Fragment>
          ))}
        </p>
      )
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <Line line={item} />
            </li>
          ))}
        </ul>
      )
    case 'numbered':
      return (
        <ol start={block.start === 1 ? undefined : block.start}>
          {block.items.map((item, index) => (
            <li key={index}>
              <Line line={item} />
            </li>
          ))}
        </ol>
      )
  }
}

interface Props {
  text: string
  /** What opens the first paragraph, such as a key message's number or "If raised:". */
  lead?: ReactNode
  className?: string
  lang?: string
}

/** A text shown read-only with its paragraphs, lists, bold and italics. */
export function RichText({ text, lead, className, lang }: Props) {
  const blocks = useMemo(() => parseRichText(text), [text])
  // A text that opens with a list still shows its lead, on a line of its own.
  const leadAlone = lead !== undefined && blocks[0]?.kind !== 'paragraph'
  return (
    <div className={className === undefined ? 'rich-text' : `rich-text ${className}`} lang={lang}>
      {leadAlone && <p>{lead}</p>}
      {blocks.map((block, index) => (
        <Block key={index} block={block} lead={index === 0 && !leadAlone ? lead : undefined} />
      ))}
    </div>
  )
}
