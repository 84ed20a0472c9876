import { useEffect, useRef, useState } from 'react'
import { PartnersProvider } from '@renderer/lib/partners-context'
import { rememberedPlace, rememberPlace } from '@renderer/lib/remembered-place'
import { ComposerView } from './composer/composer-view'
import { BriefListView } from './list/brief-list-view'
import type { BriefDefaults } from './new/brief-draft'
import { NewBriefView } from './new/new-brief-view'

/** Where the user is among briefs: the list, the new-brief form, or one brief in the composer. */
type BriefsRoute =
  { view: 'list' } | { view: 'new' } | { view: 'compose'; id: string; isCopy: boolean; opening: number }

/** The brief the user had open before a reload, in the composer again; else the list. */
function startRoute(): BriefsRoute {
  const { briefId } = rememberedPlace()
  return briefId ? { view: 'compose', id: briefId, isCopy: false, opening: Date.now() } : { view: 'list' }
}

/**
 * Briefs: the list, "New brief", and the composer. Owns where the user is; after each move
 * focus goes to the new view's title (the composer claims it once the brief is open).
 */
export function BriefsScreen({ defaults }: { defaults: BriefDefaults }) {
  const [route, setRoute] = useState<BriefsRoute>(startRoute)
  const containerRef = useRef<HTMLDivElement>(null)
  const moved = useRef(false)
  const go = (next: BriefsRoute) => {
    moved.current = true
    setRoute(next)
    rememberPlace({ briefId: next.view === 'compose' ? next.id : undefined })
  }
  const compose = (id: string, isCopy = false) => go({ view: 'compose', id, isCopy, opening: Date.now() })

  useEffect(() => {
    if (!moved.current || route.view === 'compose') return
    moved.current = false
    containerRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [route])

  return (
    <PartnersProvider revision={0}>
      <div className="briefs" ref={containerRef}>
        {route.view === 'list' && (
          <BriefListView
            onOpen={(id) => compose(id)}
            onNew={() => go({ view: 'new' })}
            onDuplicated={(copy) => compose(copy.id, true)}
          />
        )}
        {route.view === 'new' && (
          <NewBriefView
            defaults={defaults}
            onCancel={() => go({ view: 'list' })}
            onCreated={(brief) => compose(brief.id)}
          />
        )}
        {route.view === 'compose' && (
          <ComposerView
            key={`${route.id}:${route.opening}`}
            briefId={route.id}
            isCopy={route.isCopy}
            onBack={() => go({ view: 'list' })}
            onReload={() => compose(route.id)}
          />
        )}
      </div>
    </PartnersProvider>
  )
}
