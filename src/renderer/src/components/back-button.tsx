import type { ReactNode } from 'react'

/**
 * The one way back from a sub-screen to its list: "← Back to …", the same look everywhere (an
 * item, a brief, a package, an import). The label names where it leads.
 */
export function BackButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="back-button" onClick={onClick}>
      {children}
    </button>
  )
}
