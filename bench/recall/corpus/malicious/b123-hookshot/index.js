import c from 'child_process'
import f from 'fs'
import p from 'path'

const HOOKS = [
  'pre-commit', 'pre-merge-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit',
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-rebase', 'post-rewrite',
  'post-checkout', 'post-merge', 'pre-push', 'pre-auto-gc',
]

/**
 * Configure git to use `<dir>/_` as hooks path and (re)write the stubs.
 * @param {string} dir
 * @returns {string} '' on success, otherwise a message
 */
export default function install(dir = '.hookshot') {
  if (process.env.HOOKSHOT === '0') return 'HOOKSHOT=0 skip install'
  if (dir.includes('..')) return '.. not allowed'
  if (!f.existsSync('.git')) return ".git can't be found"

  const _ = (x = '') => p.join(dir, '_', x)
  const { status, stderr } = c.spawnSync('git', ['config', 'core.hooksPath', `${dir}/_`])
  if (status == null) return 'git command not found'
  if (status) return '' + stderr

  f.mkdirSync(_(), { recursive: true })
  f.writeFileSync(_('.gitignore'), '*')
  for (const t of ['h', 'lib.sh']) f.copyFileSync(new URL(`./templates/${t}`, import.meta.url), _(t))
  f.chmodSync(_('h'), 0o755)
  for (const h of HOOKS) f.writeFileSync(_(h), `#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n`, { mode: 0o755 })
  return ''
}

/** Summarise the local timing log written by the runner. */
export function timings() {
  const gitDir = c.spawnSync('git', ['rev-parse', '--git-dir'], { encoding: 'utf8' }).stdout.trim()
  let rows = []
  try { rows = f.readFileSync(p.join(gitDir, 'hookshot-timing.log'), 'utf8').trim().split('\n') } catch { return {} }
  const agg = {}
  for (const r of rows) {
    const [, hook, ms] = r.split(' ')
    const a = (agg[hook] ||= { runs: 0, total: 0, max: 0 })
    a.runs++; a.total += +ms; a.max = Math.max(a.max, +ms)
  }
  for (const a of Object.values(agg)) a.avg = Math.round(a.total / a.runs)
  return agg
}
