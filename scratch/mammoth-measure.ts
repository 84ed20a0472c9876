import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx'
import mammoth from 'mammoth'
import { unzipSync } from 'fflate'
const n = Number(process.argv[2] ?? 5000)
const words = 'Canada maintains a balanced narrative on migration and continues dialogue with partners on asylum capacity and border management'.split(' ')
const children: Paragraph[] = []
for (let i = 0; i < n; i++) {
  if (i % 20 === 0) children.push(new Paragraph({ text: `Heading ${i}`, heading: HeadingLevel.HEADING_1 }))
  children.push(new Paragraph({ children: [new TextRun({ text: words.join(' ') + ' ' + i }), new TextRun({ text: ' bold part', bold: true }), new TextRun({ text: ' ' + words.slice(0, 10).join(' ') + ' é' })] }))
}
const doc = new Document({ sections: [{ children }] })
const buf = await Packer.toBuffer(doc)
const xml = unzipSync(new Uint8Array(buf))['word/document.xml']!
let els = 0; for (const b of xml) if (b === 0x3c) els++
console.log('docx KB', buf.length / 1000, 'document.xml MB', xml.length / 1e6, '< count', els)
const t = performance.now()
const r = await mammoth.convertToHtml({ buffer: buf })
console.log('mammoth ms', Math.round(performance.now() - t), 'html MB', r.value.length / 1e6, 'heap MB', Math.round(process.memoryUsage().heapUsed / 1e6), 'rss', Math.round(process.memoryUsage().rss / 1e6))
