// What the window asks of the library before the rest of its code is read and run
// (app/early-calls.ts): nothing here, nor in what it imports, builds schemas as it loads.
export { openingPageRequest } from './browse/page-request'
export type { AskedPage } from './browse/page-request'
