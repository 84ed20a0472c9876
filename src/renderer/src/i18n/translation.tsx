import { createContext, useContext, useMemo, useSyncExternalStore } from 'react'
import type { ReactNode } from 'react'
import type { i18n as I18n, TFunction } from 'i18next'
import i18next from './index'

// The interface's words, for every component. react-i18next's useTranslation subscribed each
// component to i18next on its own and checked its namespaces at every render, and each t(key)
// walked i18next's resolution (namespaces, fallbacks, interpolation) again: together about a
// quarter of the renderer's own JavaScript in the UI bench's search and edit walks (CPU profiles
// at 20,000 items). Here the window subscribes once, at its root, and a key asked for without
// options is looked up in the catalogs once per language.

interface Translation {
  t: TFunction
  i18n: I18n
}

const TranslationContext = createContext<Translation | null>(null)

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange)
  return () => i18next.off('languageChanged', onChange)
}

const interfaceLanguage = () => i18next.resolvedLanguage ?? i18next.language

/** A t for one language that remembers the text of each key asked for without options. */
function rememberingT(language: string): TFunction {
  const fixed = i18next.getFixedT(language)
  // Called with whatever the caller gave, as i18next's t would be.
  const passOn = fixed as unknown as (...args: unknown[]) => unknown
  const texts = new Map<string, string>()
  const t = (key: string | string[], ...rest: unknown[]) => {
    // Anything more (a count, values to put in, a default) makes each call's text its own.
    if (rest.length > 0 || typeof key !== 'string') return passOn(key, ...rest)
    let text = texts.get(key)
    if (text === undefined) {
      text = fixed(key)
      texts.set(key, text)
    }
    return text
  }
  // i18next brands its TFunction type; this one answers every call as i18next's own t does.
  return t as unknown as TFunction
}

/** Gives the window's components their words; they render again when the interface language changes. */
export function TranslationProvider({ children }: { children: ReactNode }) {
  // The same on a server render (the unit tests render to HTML): the language i18next has now.
  const language = useSyncExternalStore(subscribe, interfaceLanguage, interfaceLanguage)
  const value = useMemo(() => ({ t: rememberingT(language), i18n: i18next }), [language])
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>
}

/** The interface's t (and i18next, to change the language), from the window's TranslationProvider. */
export function useTranslation(): Translation {
  const translation = useContext(TranslationContext)
  if (translation === null) throw new Error('useTranslation is used outside the TranslationProvider (main.tsx).')
  return translation
}
