import { createContext, startTransition, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { PartnerName } from '@shared/operations'
import { LANGUAGE_TAGS, pick } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import { api } from '@renderer/api/client'
import { shownLanguage } from '@renderer/components/localized-text'

interface PartnersValue {
  /** Every partner's name, kind and status, retired ones too: items and briefs may still name them. */
  partners: readonly PartnerName[]
  nameOf: (id: string) => BilingualText | undefined
  /** Every partner as a choice, sorted by name in `language` once, not at every render of a form. */
  choices: (language: Language) => PartnerChoice[]
}

/** A partner offered in a list of choices. */
export interface PartnerChoice {
  value: string
  label: string
  lang: string | undefined
}

const PartnersContext = createContext<PartnersValue>({ partners: [], nameOf: () => undefined, choices: () => [] })

/**
 * Loads the partners once for the whole library screen (filters, pickers and linked names all
 * need them), and again whenever `revision` says the library changed.
 */
export function PartnersProvider({ revision, children }: { revision: number; children: ReactNode }) {
  const [partners, setPartners] = useState<readonly PartnerName[]>([])
  useEffect(() => {
    let current = true
    void api['library.partnerNames']({}).then((result) => {
      // Without partners the screens still work; names fall back to ids. At 1,000 partners the
      // partner filter's options take tens of milliseconds to draw: they wait for the next frame
      // to be painted, so that the library's first results, drawn just before, are on the screen
      // first (a transition alone let Chromium put that frame off until they were drawn), and in
      // a transition, so that typing interrupts them.
      if (current && result.ok) afterNextPaint(() => current && startTransition(() => setPartners(result.value)))
    })
    return () => {
      current = false
    }
  }, [revision])
  const value = useMemo(() => {
    const byId = new Map(partners.map((partner) => [partner.id, partner.name]))
    const sorted = new Map<Language, PartnerChoice[]>()
    const choices = (language: Language): PartnerChoice[] => {
      const found = sorted.get(language) ?? partnerChoices(partners, language)
      sorted.set(language, found)
      return found
    }
    return { partners, nameOf: (id: string) => byId.get(id), choices }
  }, [partners])
  return <PartnersContext.Provider value={value}>{children}</PartnersContext.Provider>
}

/** Runs `then` once the browser has painted its next frame (a task queued from that frame's callbacks). */
function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0))
}

/** The partners loaded for the library screen. */
export function usePartners(): PartnersValue {
  return useContext(PartnersContext)
}

/** Partners as choices, in alphabetical order of their name in the interface language. */
function partnerChoices(partners: readonly PartnerName[], language: Language): PartnerChoice[] {
  const collator = new Intl.Collator(LANGUAGE_TAGS[language], { sensitivity: 'base' })
  return partners
    .map((partner) => {
      const shown = shownLanguage(partner.name, language)
      return {
        value: partner.id,
        label: pick(partner.name, language) || partner.id,
        // A draft named in the other language only is tagged so it is read out right.
        lang: shown === language ? undefined : LANGUAGE_TAGS[shown]
      }
    })
    .sort((a, b) => collator.compare(a.label, b.label))
}
