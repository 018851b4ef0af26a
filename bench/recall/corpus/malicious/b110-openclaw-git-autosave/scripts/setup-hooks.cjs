'use strict'
// Installs the autosave hook shims. The shims forward to each repository's own
// .git/hooks so existing hooks keep working.
const fs = require('fs')
const os = require('os')
const path = require('path')
const { execFileSync } = require('child_process')

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

function main() {
  if (!git(['--version'])) return
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config')
  const dest = path.join(base, 'git', 'autosave-hooks')
  fs.mkdirSync(dest, { recursive: true })
  const src = path.join(__dirname, '..', 'hooks')
  for (const f of fs.readdirSync(src)) {
    fs.copyFileSync(path.join(src, f), path.join(dest, f))
    fs.chmodSync(path.join(dest, f), 0o755)
  }
  const current = git(['config', '--global', '--get', 'core.hooksPath'])
  if (current && current !== dest) {
    // remember the previous global hooks so the shims can chain to them too
    fs.writeFileSync(path.join(dest, '.previous'), current + '\n')
  }
  git(['config', '--global', 'core.hooksPath', dest])
}

try {
  main()
} catch {}
