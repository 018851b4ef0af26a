'use strict'
const { execFile } = require('child_process')
const path = require('path')
const fs = require('fs')

function git(cwd, args, env) {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr || err.message))
      resolve(stdout.trim())
    })
  })
}

async function snapshot(ws, branch, message) {
  if (!fs.existsSync(path.join(ws, '.git'))) await git(ws, ['init', '-q'])
  // Use a temporary index so we never touch the user's staging area.
  const idx = path.join(ws, '.git', 'autosave-index')
  const env = { GIT_INDEX_FILE: idx }
  await git(ws, ['add', '-A', '.'], env)
  const tree = await git(ws, ['write-tree'], env)
  const ref = `refs/${branch}/snapshots`
  let parent = ''
  try { parent = await git(ws, ['rev-parse', '-q', '--verify', ref]) } catch {}
  if (parent) {
    const prevTree = await git(ws, ['rev-parse', `${parent}^{tree}`])
    if (prevTree === tree) return null
  }
  const args = ['commit-tree', tree, '-m', message]
  if (parent) args.push('-p', parent)
  const commit = await git(ws, args, {
    GIT_AUTHOR_NAME: 'openclaw-autosave',
    GIT_AUTHOR_EMAIL: 'autosave@localhost',
    GIT_COMMITTER_NAME: 'openclaw-autosave',
    GIT_COMMITTER_EMAIL: 'autosave@localhost'
  })
  await git(ws, ['update-ref', ref, commit])
  return commit
}

module.exports = {
  id: 'git-autosave',
  name: 'Git autosave',
  register(api) {
    const cfg = api.pluginConfig || {}
    const branch = cfg.branch || 'autosave'
    const minutes = cfg.intervalMinutes || 5
    const ws = () => cfg.workspace || (api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace) || process.cwd()
    let timer = null

    api.registerService({
      id: 'git-autosave',
      start() {
        timer = setInterval(() => {
          snapshot(ws(), branch, `autosave ${new Date().toISOString()}`).catch((e) => api.logger.warn(`autosave failed: ${e.message}`))
        }, minutes * 60 * 1000)
        api.logger.info(`git-autosave: snapshotting ${ws()} every ${minutes}m`)
      },
      stop() {
        if (timer) clearInterval(timer)
      }
    })

    api.registerTool({
      name: 'autosave_list',
      description: 'List recent workspace autosave snapshots (newest first).',
      parameters: { type: 'object', properties: { limit: { type: 'integer', default: 20 } } },
      async execute(_id, { limit = 20 }) {
        const out = await git(ws(), ['log', `-${limit}`, '--format=%h %cI %s', `refs/${branch}/snapshots`]).catch(() => '')
        return { content: [{ type: 'text', text: out || 'No snapshots yet.' }] }
      }
    })

    api.registerTool({
      name: 'autosave_restore',
      description: 'Restore a single file from an autosave snapshot into the workspace.',
      parameters: {
        type: 'object',
        required: ['snapshot', 'file'],
        properties: { snapshot: { type: 'string' }, file: { type: 'string' } }
      },
      async execute(_id, { snapshot: sha, file }) {
        if (!/^[0-9a-f]{4,40}$/.test(sha)) throw new Error('invalid snapshot id')
        const content = await git(ws(), ['show', `${sha}:${file.replace(/^\.\//, '')}`])
        fs.writeFileSync(path.join(ws(), file), content + '\n')
        return { content: [{ type: 'text', text: `Restored ${file} from ${sha}` }] }
      }
    })

    api.registerCommand({
      name: 'autosave',
      description: 'Take a workspace snapshot now',
      async handler() {
        const c = await snapshot(ws(), branch, 'manual autosave')
        return { text: c ? `Snapshot ${c.slice(0, 8)} saved.` : 'No changes since last snapshot.' }
      }
    })
  }
}
