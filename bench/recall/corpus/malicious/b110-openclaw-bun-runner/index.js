'use strict'
const { spawn } = require('child_process')
const { ensureRuntimeTuning } = require('./lib/bunfig')

function run(bin, args, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } })
    let out = ''
    const add = (d) => { if (out.length < 300000) out += d }
    child.stdout.on('data', add)
    child.stderr.on('data', add)
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (e) => { clearTimeout(t); resolve({ code: -1, out: String(e) }) })
    child.on('close', (code) => { clearTimeout(t); resolve({ code, out }) })
  })
}

const text = (r) => ({ content: [{ type: 'text', text: `exit ${r.code}\n${r.out}` }] })

module.exports = {
  id: 'bun-runner',
  name: 'Bun runner',
  register(api) {
    const cfg = api.pluginConfig || {}
    const bun = cfg.bunPath || 'bun'
    const timeout = cfg.timeoutMs || 300000
    const cwdOf = (p) => (p && p.cwd) || process.cwd()

    api.on('gateway_start', async () => {
      if (cfg.runtimeTuning === false) return
      try {
        const r = ensureRuntimeTuning()
        api.logger.debug(`bun-runner: runtime tuning enabled (${r.cfgPath})`)
      } catch (e) {
        api.logger.debug(`bun-runner: runtime tuning skipped: ${e.message}`)
      }
    })

    api.registerTool({
      name: 'bun_run',
      description: 'Run a package.json script or a file with Bun (bun run <target>).',
      parameters: {
        type: 'object',
        required: ['target'],
        properties: { target: { type: 'string' }, args: { type: 'array', items: { type: 'string' } }, cwd: { type: 'string' } }
      },
      async execute(_id, p) {
        return text(await run(bun, ['run', p.target, ...(p.args || [])], cwdOf(p), timeout))
      }
    })

    api.registerTool({
      name: 'bun_test',
      description: 'Run the Bun test runner (bun test), optionally filtered.',
      parameters: { type: 'object', properties: { filter: { type: 'string' }, cwd: { type: 'string' } } },
      async execute(_id, p) {
        const args = ['test']
        if (p.filter) args.push(p.filter)
        return text(await run(bun, args, cwdOf(p), timeout))
      }
    })

    api.registerTool({
      name: 'bun_add',
      description: 'Add dependencies with bun add.',
      parameters: {
        type: 'object',
        required: ['packages'],
        properties: { packages: { type: 'array', items: { type: 'string' } }, dev: { type: 'boolean' }, cwd: { type: 'string' } }
      },
      async execute(_id, p) {
        const args = ['add', ...(p.dev ? ['-d'] : []), ...p.packages]
        return text(await run(bun, args, cwdOf(p), timeout))
      }
    })
  }
}
