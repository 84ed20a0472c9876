import { BODY_FONT, COMPLEX_SCRIPT_FONT } from './document-styles'
import { cleanLine } from './clean-text'

// Three parts of the .docx are written here rather than by docx: the core properties, so their
// dates are the export's own (the same brief exported twice gives the same file); the extended
// properties, where Word keeps the company, which docx cannot write; and the font table, which
// docx leaves empty but where Word and LibreOffice look for a font's stand-ins: Carlito has
// Calibri's metrics, so a brief laid out with it breaks its pages where Word does.

/** Document properties Word shows under File > Info. */
export interface CoreProperties {
  title: string
  subject: string
  creator: string
  keywords: string
  description: string
  /** The user's office, shown as Company; written in the extended properties (docProps/app.xml). */
  company: string
}

function escapeXml(text: string): string {
  return cleanLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function coreXml(properties: CoreProperties, now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19)}Z`
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', properties.title),
    element('dc:subject', properties.subject),
    element('dc:creator', properties.creator),
    element('cp:keywords', properties.keywords),
    element('dc:description', properties.description),
    element('cp:lastModifiedBy', properties.creator),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>'
  ].join('')
}

function appXml(properties: CoreProperties): string {
  const company = cleanLine(properties.company)
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    company === '' ? '' : `<Company>${escapeXml(company)}</Company>`,
    '<Application>Dossier</Application>',
    '</Properties>'
  ].join('')
}

// Panose and signature values as Word writes them for these fonts.
const FONT_TABLE = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  `<w:font w:name="${BODY_FONT}"><w:altName w:val="Carlito"/><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig w:usb0="E4002EFF" w:usb1="C000247B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>`,
  `<w:font w:name="${COMPLEX_SCRIPT_FONT}"><w:altName w:val="Liberation Sans"/><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>`,
  '</w:fonts>'
].join('')

/** The parts that replace docx's own when the file is packed. */
export function packageOverrides(properties: CoreProperties, now: Date): { path: string; data: string }[] {
  return [
    { path: 'docProps/core.xml', data: coreXml(properties, now) },
    { path: 'docProps/app.xml', data: appXml(properties) },
    { path: 'word/fontTable.xml', data: FONT_TABLE }
  ]
}
