import { useCallback, useEffect, useRef, useState } from 'react'
import { PartnersProvider } from '@renderer/lib/partners-context'
import { ExchangeHome } from './exchange-home'
import type { ExchangeGo, ExchangeRoute, Outcome } from './exchange-nav'
import { ImportPreview } from './receive/import-preview'
import { WordReview } from './word/word-review'

/**
 * Exchange: send part or all of the library as a file, receive one and settle its conflicts,
 * and turn paragraphs of Word documents into draft items. Owns where the user is, what the
 * last task did, and where focus goes when the view changes.
 */
export function ExchangeScreen() {
  const [route, setRoute] = useState<ExchangeRoute>({ view: 'home' })
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  // Partner names are read again after an import or new drafts change the library.
  const [revision, setRevision] = useState(0)
  const containerRef = useRef<HTMLDivElement>(null)
  const outcomeRef = useRef<HTMLDivElement>(null)
  const focusRequest = useRef<'heading' | 'outcome' | null>(null)

  useEffect(() => {
    const request = focusRequest.current
    if (request === null) return
    const target = request === 'outcome' ? outcomeRef.current : containerRef.current?.querySelector<HTMLElement>('h1')
    if (!target) return
    focusRequest.current = null
    target.focus()
  }, [route, outcome])

  const go = useCallback<ExchangeGo>((next, result) => {
    focusRequest.current = result ? 'outcome' : 'heading'
    if (result && result.type !== 'exported') setRevision((n) => n + 1)
    setRoute(next)
    setOutcome(result ?? null)
  }, [])

  const showOutcome = useCallback((result: Outcome) => {
    focusRequest.current = 'outcome'
    setOutcome(result)
  }, [])

  return (
    <PartnersProvider revision={revision}>
      <div className="exchange" ref={containerRef}>
        {route.view === 'home' && (
          <ExchangeHome
            go={go}
            outcome={outcome}
            outcomeRef={outcomeRef}
            onOutcome={showOutcome}
            onDismiss={() => setOutcome(null)}
          />
        )}
        {route.view === 'preview' && <ImportPreview key={route.preview.previewId} preview={route.preview} go={go} />}
        {route.view === 'word' && <WordReview files={route.files} go={go} />}
      </div>
    </PartnersProvider>
  )
}
