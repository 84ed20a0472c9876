import type { ReactNode } from 'react'

/**
 * The one h1 of a screen. Focusable by script (tabIndex -1) so that, after the user picks a
 * section, focus lands on the new screen's title and screen readers announce it.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="screen-heading" tabIndex={-1}>
      {children}
    </h1>
  )
}
