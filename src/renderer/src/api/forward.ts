import type { OperationInput, OperationName, OperationOutput } from '@shared/operations'
import { fail } from '@shared/result'
import type { Result } from '@shared/result'

// Kept apart from client.ts, with type-only imports of the contract, so that the window's first
// calls (early-calls.ts) can be made before the contract's schemas are even built.

/** Whether the preload (or a test harness) has put the bridge in place yet. */
export function bridgeInstalled(): boolean {
  return typeof window !== 'undefined' && window.dossier !== undefined
}

/**
 * The call of one operation through the bridge. Reads the bridge at call time, not at import
 * time, so that a bridge installed after this module loads (test harnesses) is still found, and
 * a missing one is an error, not a crash.
 */
export function forward<Name extends OperationName>(name: Name) {
  return async (input: OperationInput<Name>): Promise<Result<OperationOutput<Name>>> => {
    const bridge = window.dossier
    if (!bridge) {
      return fail('internal', `The Dossier bridge is not available, so "${name}" could not be called.`)
    }
    try {
      return await bridge[name](input)
    } catch (error) {
      // A rejected call (transport failure) takes the one error shape the UI knows how to show.
      return fail(
        'internal',
        `"${name}" failed in transport: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
}
