// What reading one file from outside may cost, enforced by the worker it runs in: V8 stops the
// worker when its heap is full, and the main thread stops it when the time is up. Together with
// the caps in limits.ts, which refuse most hostile files before they cost anything, this keeps the
// whole process (about 90 MB before the file) under 300 MB and the answer under 5 seconds.

export interface WorkerLimits {
  /** V8's old generation: where parsed objects live. */
  maxOldGenerationSizeMb: number
  /** V8's young generation: short-lived objects. */
  maxYoungGenerationSizeMb: number
  /** Room for recursion; every reader of deep input is shielded by a depth cap anyway. */
  stackSizeMb: number
  /** From the moment the worker has loaded its code until it answers. */
  timeLimitMs: number
}

export const WORKER_LIMITS: WorkerLimits = {
  maxOldGenerationSizeMb: 160,
  maxYoungGenerationSizeMb: 16,
  stackSizeMb: 4,
  timeLimitMs: 4_000
}
