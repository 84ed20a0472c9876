// Export: briefs, packages, cards and records of discussion to Word. Pure functions of the data, so the api layer decides
// where the bytes go and tests can open what comes out.

export { exportBrief } from './export-brief'
export { exportCard } from './export-card'
export { exportPackage } from './export-package'
export { exportRecord } from './export-record'
export { packageZip } from './package-zip'
export type { ExportLanguage, ExportOptions } from './types'
