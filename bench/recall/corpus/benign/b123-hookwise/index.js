import c from 'child_process'
import f, { readdirSync, writeFileSync as w } from 'fs'
import p from 'path'

const l = [
  'pre-commit', 'pre-merge-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit',
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-rebase', 'post-rewrite',
  'post-checkout', 'post-merge', 'pre-push', 'pre-auto-gc',
]

const msg = `echo "hookwise - DEPRECATED

Please remove the following two lines from $0:

#!/usr/bin/env sh
. \\"\\$(dirname -- \\"\\$0\\")/_/hookwise.sh\\"

They WILL FAIL in v3.0.0
"`

/**
 * Point git at .hookwise/_ and (re)generate the hook stubs there.
 * @param {string} d directory relative to the repo root
 * @returns {string} message to print ('' on success)
 */
export default (d = '.hookwise') => {
  if (process.env.HOOKWISE === '0') return 'HOOKWISE=0 skip install'
  if (d.includes('..')) return '.. not allowed'
  if (!f.existsSync('.git')) return `.git can't be found`

  const _ = (x = '') => p.join(d, '_', x)
  const { status: s, stderr: e } = c.spawnSync('git', ['config', 'core.hooksPath', `${d}/_`])
  if (s == null) return 'git command not found'
  if (s) return '' + e

  f.rmSync(_('hookwise.sh'), { force: true })
  f.mkdirSync(_(), { recursive: true })
  w(_('.gitignore'), '*')
  f.copyFileSync(new URL('hookwise', import.meta.url), _('h'))
  l.forEach((h) => w(_(h), `#!/usr/bin/env sh\n. "$(dirname "$0")/h"`, { mode: 0o755 }))
  w(_('hookwise.sh'), msg)
  return ''
}

export function hooks(d = '.hookwise') {
  try { return readdirSync(d).filter((n) => l.includes(n)) } catch { return [] }
}
