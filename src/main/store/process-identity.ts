import { readFile } from 'node:fs/promises'

// A pid alone does not name a process: once a process ends, the system hands its number to the
// next one, so a lock naming a pid that runs again would refuse forever. The start time tells
// the two apart. On Linux /proc/<pid>/stat field 22 is the start time in clock ticks since boot,
// which stays the same for the whole life of a process. Elsewhere (macOS, Windows) there is no
// cheap, dependable way to read it from Node, so start is null there and callers fall back to
// comparing pids only, as Dossier always did.

/** The start time of a process in clock ticks since boot, or null where it cannot be read. */
export async function processStartTime(pid: number): Promise<number | null> {
  if (process.platform !== 'linux') return null
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    // Field 2 is the command name in parentheses and may itself hold spaces or ')': count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // The text after ')' starts at field 3, so field 22 is the 20th of these.
    const start = Number(fields[19])
    return Number.isSafeInteger(start) ? start : null
  } catch {
    return null
  }
}

/** Whether a process with this pid exists on this computer (whoever it belongs to). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
