import { LibrarySearch } from '../src/main/core/search'
import { syntheticLibrary } from './synthetic-library'
const library = syntheticLibrary(20_000, 1_000)
const items = [
  ...library.partners.map((item) => ({ kind: 'partner' as const, item })),
  ...library.keyMessages.map((item) => ({ kind: 'keyMessage' as const, item })),
  ...library.irritants.map((item) => ({ kind: 'irritant' as const, item })),
  ...library.backgroundNotes.map((item) => ({ kind: 'backgroundNote' as const, item }))
]
for (let i = 0; i < 4; i++) {
  const t = performance.now()
  LibrarySearch.build(items as never)
  console.log('build', Math.round(performance.now() - t))
}
