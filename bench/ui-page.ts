import type { Page } from '@playwright/test'

// What the UI bench measures in the page itself, on the page's own clock: the moment an input
// reached the page (the event's timeStamp, which for a key Playwright sends through the DevTools
// protocol is when the browser received it, so a busy main thread counts) and the moment the frame
// that shows its answer was painted. "Painted" is a task posted from the requestAnimationFrame
// callback in which the answer was first seen in the DOM: it runs once that frame's style, layout
// and paint are done. Playwright's round-trips are never on the clock.

/** What the DOM must show before an input counts as answered. */
export type Answer =
  /** The library's results for this query: the container says ready and its heading names the words. */
  | { kind: 'search'; query: string }
  /** The composer's preview block for this brief item contains this text. */
  | { kind: 'preview'; itemId: string; text: string }
  /** The package editor shows its heading, the package's name, and this many briefs. */
  | { kind: 'package-editor'; name: string; briefs: number }

/** When the input reached the page and when its answer was painted, in the page's milliseconds. */
export interface Timed {
  inputAt: number
  paintedAt: number
}

// The Node project compiles without the DOM library; these are the few page globals used below.
interface PageNode {
  textContent: string | null
  getAttribute(name: string): string | null
  getBoundingClientRect(): { height: number }
}
interface PageGlobals {
  document: {
    querySelector(selector: string): PageNode | null
    querySelectorAll(selector: string): { length: number }
  }
  addEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void
  requestAnimationFrame(callback: () => void): number
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(message: null): void } }
  __uiBench: Probe
  /** Bound by addProbe: hears the epoch milliseconds at which the library's first answer was painted. */
  __uiBenchUsable(epochMs: number): Promise<void>
}
interface Probe {
  /** Starts the clock at the next input; with an answer, also watches for it to be painted. */
  arm(answer: Answer | null): void
  settled(timeoutMs: number): Promise<Timed>
  /** Epoch milliseconds of the input since arming, or null before it. */
  inputEpoch(): number | null
}

/**
 * Runs in the page before its own scripts (page.addInitScript): records when the library first
 * showed a result card for its first search, and offers arm/settled to time one input.
 * Self-contained: Playwright sends the function's source to the page.
 */
function installProbe(): void {
  const page = globalThis as unknown as PageGlobals
  const now = () => performance.now()
  // A task queued from a frame's requestAnimationFrame callback runs after that frame is painted.
  // Only ever called from such a callback: one more requestAnimationFrame around it would wait
  // for the frame after, and time every answer a frame late. An answer drawn by a callback that
  // runs after the probe's in the same frame would still be seen a frame late (figures a frame
  // high, never low); the app draws none that way since the composer commits typing in the render
  // that shows it (use-draft-text.ts).
  const afterThisFrame = (callback: () => void) => {
    const channel = new page.MessageChannel()
    channel.port1.onmessage = () => callback()
    channel.port2.postMessage(null)
  }
  const text = (selector: string) => page.document.querySelector(selector)?.textContent ?? ''
  const shown = (answer: Answer): boolean => {
    if (answer.kind === 'search') {
      const input = page.document.querySelector('#library-search') as unknown as { value: string } | null
      const results = page.document.querySelector('.results')
      const words = answer.query.trim()
      return (
        input?.value === answer.query &&
        results?.getAttribute('data-state') === 'ready' &&
        (words === '' || text('.results .list-count').includes(`“${words}”`))
      )
    }
    if (answer.kind === 'preview') return text(`.preview-block[data-item-id="${answer.itemId}"]`).includes(answer.text)
    return (
      text('h1').includes(answer.name) &&
      page.document.querySelectorAll('[data-testid="package-brief"]').length === answer.briefs
    )
  }
  const usable = () => {
    const card = page.document.querySelector('.results[data-state="ready"] [data-testid="library-item"]')
    return card !== null && card.getBoundingClientRect().height > 0
  }

  const probe: Probe = {
    arm: () => undefined,
    settled: () => Promise.reject(new Error('not armed')),
    inputEpoch: () => null
  }
  // From the first frame on: the library is usable once a frame shows a result card.
  const watchStart = () => {
    if (usable()) {
      afterThisFrame(() => {
        void page.__uiBenchUsable(performance.timeOrigin + now())
      })
      return
    }
    page.requestAnimationFrame(watchStart)
  }
  page.requestAnimationFrame(watchStart)

  // The first input after arming (a key, text inserted, a press of the mouse) starts the clock.
  let inputAt: number | null = null
  let armed = false
  let watched: Answer | null = null
  for (const type of ['keydown', 'beforeinput', 'mousedown']) {
    page.addEventListener(
      type,
      (event) => {
        if (armed && inputAt === null) inputAt = event.timeStamp
      },
      true
    )
  }
  let done: Promise<Timed> = Promise.reject(new Error('not armed'))
  done.catch(() => undefined)
  probe.arm = (answer) => {
    armed = true
    watched = answer
    inputAt = null
    if (answer === null) return
    done = new Promise((resolve) => {
      const check = () => {
        if (inputAt === null || !shown(answer)) return page.requestAnimationFrame(check)
        const started = inputAt
        afterThisFrame(() => {
          armed = false
          resolve({ inputAt: started, paintedAt: now() })
        })
      }
      page.requestAnimationFrame(check)
    })
  }
  probe.settled = (timeoutMs) =>
    Promise.race([
      done,
      new Promise<Timed>((_, reject) =>
        setTimeout(
          () => reject(new Error(`no answer painted within ${timeoutMs} ms for ${JSON.stringify(watched)}`)),
          timeoutMs
        )
      )
    ])
  probe.inputEpoch = () => (inputAt === null ? null : performance.timeOrigin + inputAt)
  page.__uiBench = probe
}

// When each page's library was first usable, told by the page itself through a binding: waiting
// for it with page.waitForFunction would put Playwright's own script into the page and poll it,
// on the main thread the start is measured on, while the first answer is being drawn.
const usableAt = new WeakMap<Page, Promise<number>>()

/** Puts the probe into every document the page loads from now on. */
export async function addProbe(page: Page): Promise<void> {
  let heard: (epochMs: number) => void = () => undefined
  usableAt.set(page, new Promise((resolve) => (heard = resolve)))
  await page.exposeBinding('__uiBenchUsable', (_source, epochMs: number) => heard(epochMs))
  // tsx compiles this file keeping function names, through a helper (__name) the page lacks.
  await page.addInitScript({ content: `var __name = (target) => target;\n(${installProbe.toString()})()` })
}

/** Epoch milliseconds at which the library showed its first answer, waiting up to `timeoutMs`. */
export async function libraryUsableAt(page: Page, timeoutMs: number): Promise<number> {
  const heard = usableAt.get(page)
  if (heard === undefined) throw new Error('The page has no probe (addProbe).')
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The library showed no answer within ${timeoutMs} ms.`)), timeoutMs)
  })
  try {
    return await Promise.race([heard, late])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Times one input in the page: arms the probe for `answer`, performs `act` (a key, a click), and
 * returns milliseconds from the input reaching the page to its answer painted.
 */
export async function timeInput(
  page: Page,
  answer: Answer,
  act: () => Promise<unknown>,
  timeoutMs = 30_000
): Promise<number> {
  await page.evaluate((expected) => (globalThis as unknown as PageGlobals).__uiBench.arm(expected), answer)
  await act()
  const timed = await page.evaluate(
    (limit) => (globalThis as unknown as PageGlobals).__uiBench.settled(limit),
    timeoutMs
  )
  return timed.paintedAt - timed.inputAt
}

/** Starts the page's clock at the next input, without watching for an answer (see inputEpoch). */
export async function armInput(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as PageGlobals).__uiBench.arm(null))
}

/** Epoch milliseconds at which the input since armInput reached the page. */
export async function inputEpoch(page: Page): Promise<number> {
  const at = await page.evaluate(() => (globalThis as unknown as PageGlobals).__uiBench.inputEpoch())
  if (at === null) throw new Error('No input reached the page after it was armed.')
  return at
}

/** The same moment as the page's performance.timeOrigin + performance.now(), in this process. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now()
}
