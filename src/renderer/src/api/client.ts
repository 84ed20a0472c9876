import { OPERATION_NAMES } from '@shared/operations'
import type { DossierClient } from '@shared/operations'
import { forward } from './forward'

/** The one way the renderer talks to the app: one function per contract operation; never throws. */
export const api = Object.fromEntries(OPERATION_NAMES.map((name) => [name, forward(name)])) as DossierClient
