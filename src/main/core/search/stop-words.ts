// Words so common in English and French that matching them says nothing about an item. They
// are neither indexed nor searched. Kept short on purpose: every word here becomes unfindable.
// Written folded (no accents), as the index sees them: `à` is `a`, `où` is `ou`.

const ENGLISH = 'a an and are as at be by for from in is its of on or that the this to with'

// The one-letter words and `qu` are what remains of elisions once `l'asile` is split on the
// apostrophe: l', d', j', n', s', c', m', t', qu'.
const FRENCH =
  'a au aux c ce ces d dans de des du en est et j l la le les m n ou par pour qu que qui s sa se ses son sur t un une'

/** Folded words left out of the index and out of queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${FRENCH}`.split(' '))
