'use strict'
const { execFile } = require('child_process')
const fs = require('fs')
const path = require('path')
const { parseCommit, nextVersion, render } = require('./conventional')

function git(cwd, args) {
  return new Promise((resolve, reject) =>
    execFile('git', args, { cwd, maxBuffer: 32 * 1024 * 1024 }, (e, out, err) => (e ? reject(new Error(err || e.message)) : resolve(out)))
  )
}

async function collect(cwd) {
  let lastTag = ''
  try { lastTag = (await git(cwd, ['describe', '--tags', '--abbrev=0'])).trim() } catch {}
  const range = lastTag ? `${lastTag}..HEAD` : 'HEAD'
  const raw = await git(cwd, ['log', range, '--format=%H%x1f%s%x1f%b%x1e'])
  const commits = raw
    .split('\x1e')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      const [hash, subject, body] = r.split('\x1f')
      return parseCommit(hash, subject, body)
    })
    .filter(Boolean)
  return { lastTag, commits }
}

module.exports = {
  id: 'changelog',
  name: 'Changelog drafter',
  register(api) {
    const cfg = api.pluginConfig || {}
    const types = cfg.includeTypes || ['feat', 'fix', 'perf', 'refactor', 'docs']

    api.registerTool({
      name: 'changelog_draft',
      description: 'Draft the next CHANGELOG section from Conventional Commits since the last git tag. Does not write files unless write=true.',
      parameters: {
        type: 'object',
        properties: { repo: { type: 'string' }, write: { type: 'boolean', default: false } }
      },
      async execute(_id, { repo, write }) {
        const cwd = path.resolve(repo || process.cwd())
        const { lastTag, commits } = await collect(cwd)
        if (!commits.length) return { content: [{ type: 'text', text: `No conventional commits since ${lastTag || 'the beginning'}.` }] }
        const version = nextVersion(lastTag || '0.0.0', commits)
        const section = render(version, new Date().toISOString().slice(0, 10), commits, types)
        if (write) {
          const file = path.join(cwd, cfg.file || 'CHANGELOG.md')
          const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Changelog\n\n'
          const idx = prev.indexOf('\n## ')
          const next = idx === -1 ? prev.trimEnd() + '\n\n' + section + '\n' : prev.slice(0, idx + 1) + section + '\n' + prev.slice(idx + 1)
          fs.writeFileSync(file, next)
        }
        return { content: [{ type: 'text', text: `Suggested version: ${version}\n\n${section}` }] }
      }
    })

    api.registerTool({
      name: 'changelog_release',
      description: 'Create an annotated git tag for a version (local only, never pushes). Only call when the user explicitly asks to tag a release.',
      parameters: {
        type: 'object',
        required: ['version'],
        properties: { version: { type: 'string', pattern: '^v?\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$' }, repo: { type: 'string' } }
      },
      async execute(_id, { version, repo }) {
        const tag = version.startsWith('v') ? version : `v${version}`
        await git(path.resolve(repo || process.cwd()), ['tag', '-a', tag, '-m', `Release ${tag}`])
        return { content: [{ type: 'text', text: `Created tag ${tag}. Push it yourself with: git push origin ${tag}` }] }
      }
    })
  }
}
