import { uiFigures } from './ui-bench'
import { figuresText } from './figures-text'

// The UI part, run by run.ts in a process of its own. Run in the bench's own process, it slowed
// the parts after it, though it leaves only some 15 MB more heap: three search index builds took
// 1,623-1,784 ms right after it against 1,258-1,618 in a fresh process (a quiet machine), and
// 2,000-2,300 against about 1,300 while another job loaded the machine. The api it runs must
// not carry the other parts' heaps either. Progress goes to stderr, the figures to stdout.
const figures = await uiFigures({ profile: process.argv.includes('--ui-profile') })
process.stdout.write(figuresText(figures))
