// The Exchange screen, and how another feature leads to one of its views.
export { ExchangeScreen } from './exchange-screen'
export type { ExchangeGo } from './exchange-nav'
