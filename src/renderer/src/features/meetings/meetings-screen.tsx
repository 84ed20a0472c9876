import { useCallback, useEffect, useRef, useState } from 'react'
import { PartnersProvider } from '@renderer/lib/partners-context'
import { rememberedPlace, rememberPlace } from '@renderer/lib/remembered-place'
import { MeetingsHome } from './meetings-home'
import type { MeetingsGo, MeetingsRoute } from './meetings-nav'
import { RecordEditor } from './record/record-editor'

function startRoute(): MeetingsRoute {
  const { recordId } = rememberedPlace()
  return recordId ? { view: 'record', id: recordId } : { view: 'home' }
}

/**
 * Meetings: the commitments made at the table, followed across partners, and the records of
 * discussion they come from. Owns where the user is, and moves focus to the new view's title.
 */
export function MeetingsScreen() {
  const [route, setRoute] = useState<MeetingsRoute>(startRoute)
  const containerRef = useRef<HTMLDivElement>(null)
  // A record shows its title once loaded: opened from elsewhere (a brief, a profile), focus
  // waits for it, as it does after a move inside the screen.
  const focusPending = useRef(route.view === 'record')

  const claimFocus = useCallback(() => {
    const heading = containerRef.current?.querySelector<HTMLElement>('h1')
    if (!focusPending.current || !heading) return
    focusPending.current = false
    heading.focus()
  }, [])

  const go = useCallback<MeetingsGo>((next) => {
    focusPending.current = true
    rememberPlace({ recordId: next.view === 'record' ? next.id : undefined })
    setRoute(next)
  }, [])

  useEffect(() => claimFocus(), [route, claimFocus])

  return (
    <PartnersProvider revision={0}>
      <div className="meetings" ref={containerRef}>
        {route.view === 'home' ? (
          <MeetingsHome go={go} />
        ) : (
          <RecordEditor key={route.id} id={route.id} onBack={() => go({ view: 'home' })} onReady={claimFocus} />
        )}
      </div>
    </PartnersProvider>
  )
}
