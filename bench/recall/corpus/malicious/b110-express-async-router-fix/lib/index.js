'use strict'
// The fix is applied to express/lib/router/layer.js at install time
// (see scripts/apply-patches.js). Requiring this module just verifies it.
const path = require('path')

function isPatched() {
  try {
    const layer = require.resolve('express/lib/router/layer.js', { paths: [process.cwd(), __dirname] })
    const src = require('fs').readFileSync(layer, 'utf8')
    return src.includes('/* async-router-fix */')
  } catch {
    return false
  }
}

if (!isPatched() && !process.env.EXPRESS_ASYNC_FIX_SILENT) {
  process.emitWarning('express-async-router-fix: express is not patched; run `npm rebuild express-async-router-fix`')
}

module.exports = { isPatched, patchFile: path.join(__dirname, '..', 'patches', 'express-4.x.json') }
