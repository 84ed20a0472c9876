import mammoth from 'mammoth'
import { readFileSync } from 'node:fs'
const buf = readFileSync(process.argv[2])
const base = process.memoryUsage()
const t = performance.now()
let peak = 0
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed) }, 5)
const r = await mammoth.convertToHtml({ buffer: buf })
clearInterval(timer)
console.log(process.argv[2], 'ms', Math.round(performance.now() - t), 'base heap', Math.round(base.heapUsed/1e6), 'peak heap MB', Math.round(peak / 1e6), 'rss', Math.round(process.memoryUsage().rss / 1e6))
