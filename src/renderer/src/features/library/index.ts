// The library's public face for the rest of the app: its screen, and the search parts the
// composer's picker reuses. Other features import from here, never from the library's files.
export { LibraryScreen, prefetchLibraryScreen } from './library-screen'
export { ResultList } from './browse/result-list'
export { SEARCH_SHORTCUT_LABEL, SearchBox } from './browse/search-box'
export { SearchFilters } from './browse/search-filters'
export { activeFilterCount, DEFAULT_FILTERS, toSearchInput } from './browse/search-input'
export type { LibraryFilters } from './browse/search-input'
export { SearchResults } from './browse/search-results'
export { useLibrarySearch } from './browse/use-library-search'
