import { OPERATION_NAMES } from '@shared/operations'
import type { DossierClient, OperationInput, OperationName, OperationOutput } from '@shared/operations'
import { fail } from '@shared/result'
import type { Result } from '@shared/result'

// Reads the bridge at call time, not at import time, so that a bridge installed after this
// module loads (test harnesses) is still found, and a missing one is an error, not a crash.
function forward<Name extends OperationName>(name: Name) {
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

/** The one way the renderer talks to the app: one function per contract operation; never throws. */
export const api = Object.fromEntries(OPERATION_NAMES.map((name) => [name, forward(name)])) as DossierClient
