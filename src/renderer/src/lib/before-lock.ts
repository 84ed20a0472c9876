// What must happen before the app locks: a screen holding edits not yet saved (the composer's
// autosave) registers how to save them, and the lock waits for it; the main process forgets the
// key only afterwards, since nothing can be saved once it has.

type Task = () => Promise<unknown>

const tasks = new Set<Task>()

/**
 * The main process locks anyway a few seconds after it asked (api-session.ts): a save still
 * running by then is not waited for here either, so the window drops its content in time.
 */
export const BEFORE_LOCK_LIMIT_MS = 4000

/** Runs `task` before each lock while registered; returns the way to unregister it. */
export function onBeforeLock(task: Task): () => void {
  tasks.add(task)
  return () => {
    tasks.delete(task)
  }
}

/** Runs every registered task and waits for them (failed or not), at most BEFORE_LOCK_LIMIT_MS. */
export async function beforeLock(limitMs = BEFORE_LOCK_LIMIT_MS): Promise<void> {
  if (tasks.size === 0) return
  let timer: ReturnType<typeof setTimeout> | undefined
  await Promise.race([
    Promise.allSettled([...tasks].map((task) => task())),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, limitMs)
    })
  ])
  clearTimeout(timer)
}
