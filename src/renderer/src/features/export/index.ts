// Exporting to Word, as the rest of the app opens it: the export dialog.
export { ExportDialog } from './export-dialog'
