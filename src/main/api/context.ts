import type { Logger } from '../core/log'
import type { Store } from '../store'

/** What every handler may use: the one store instance and the log. */
export interface ApiContext {
  store: Store
  log: Logger
}
