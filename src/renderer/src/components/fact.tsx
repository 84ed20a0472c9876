import type { ReactNode } from 'react'

/** One labelled fact in a `<dl className="facts">`: the label as the term, the value as its description. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
