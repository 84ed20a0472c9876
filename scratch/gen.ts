import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx'
import { writeFileSync } from 'node:fs'
const n = Number(process.argv[2] ?? 5000)
const words = 'Canada maintains a balanced narrative on migration and continues dialogue with partners on asylum capacity and border management'.split(' ')
const children: Paragraph[] = []
for (let i = 0; i < n; i++) {
  if (i % 20 === 0) children.push(new Paragraph({ text: `Heading ${i}`, heading: HeadingLevel.HEADING_1 }))
  children.push(new Paragraph({ children: [new TextRun({ text: words.join(' ') + ' ' + i }), new TextRun({ text: ' bold part', bold: true }), new TextRun({ text: ' ' + words.slice(0, 10).join(' ') + ' é' })] }))
}
writeFileSync(`scratch/p${n}.docx`, await Packer.toBuffer(new Document({ sections: [{ children }] })))
