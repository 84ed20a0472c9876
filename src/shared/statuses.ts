// Kept apart from entities.ts, which builds every schema as it loads: the window's first calls
// (early-calls.ts) need the statuses before the schemas are worth building.

/** Where a library item stands: being written, approved for briefs, or retired. */
export const STATUSES = ['draft', 'approved', 'retired'] as const
