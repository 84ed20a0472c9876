// Loaded with `node --import`: makes `import 'electron'` resolve to the stand-in beside this file.
import { register } from 'node:module'

register('./resolve-electron.mjs', import.meta.url)
