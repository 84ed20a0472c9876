import { createContext, useContext } from 'react'

/** Moves between screens from inside one: the shell owns which screen is shown. */
export interface AppNav {
  /** Shows the Briefs screen with this brief open in the composer. */
  openBrief: (briefId: string) => void
  /** Shows the Meetings screen with this record of discussion open. */
  openRecord: (recordId: string) => void
}

export const AppNavContext = createContext<AppNav | null>(null)

/** The shell's navigation; null outside the working app (a test rendering one screen alone). */
export function useAppNav(): AppNav | null {
  return useContext(AppNavContext)
}
