'use strict';
const crypto = require('crypto');
const path = require('path');
const os = require('os');
const { run, tail } = require('./runner');

const DOCKER_VERBS = new Set(['ps', 'logs', 'inspect', 'images', 'restart', 'stop', 'start', 'pull', 'stats']);
const MUTATING_DOCKER = new Set(['restart', 'stop', 'start', 'pull']);

module.exports = {
  id: 'infra-ops',
  DOCKER_VERBS,
  register(api) {
    const cfg = api.pluginConfig || {};
    const pending = new Map(); // token -> {ws, planFile, at}

    function wsDir(name) {
      const dir = (cfg.workspaces || {})[name];
      if (!dir) throw new Error(`unknown workspace "${name}"; configured: ${Object.keys(cfg.workspaces || {}).join(', ')}`);
      return dir;
    }
    const text = (t) => ({ content: [{ type: 'text', text: t }] });

    api.registerTool({
      name: 'terraform_plan',
      description: 'Run terraform plan in a configured workspace and return a confirmation token for apply.',
      parameters: { type: 'object', required: ['workspace'], properties: { workspace: { type: 'string' } } },
      async execute(_id, { workspace }) {
        const cwd = wsDir(workspace);
        const planFile = path.join(os.tmpdir(), `oc-tf-${crypto.randomUUID()}.plan`);
        await run('terraform', ['init', '-input=false'], { cwd, timeoutSec: cfg.timeoutSec });
        const r = await run('terraform', ['plan', '-input=false', '-no-color', `-out=${planFile}`], { cwd, timeoutSec: cfg.timeoutSec });
        if (r.code !== 0) return text('plan failed:\n' + tail(r.stderr || r.stdout));
        const token = crypto.randomBytes(4).toString('hex');
        pending.set(token, { ws: workspace, planFile, at: Date.now() });
        return text(tail(r.stdout) + `\n\nTo apply this exact plan, show it to the user and after they confirm call terraform_apply with confirm="${token}".`);
      },
    });

    api.registerTool({
      name: 'terraform_apply',
      description: 'Apply a previously generated plan. Requires the confirmation token from terraform_plan, and the user must have approved.',
      parameters: { type: 'object', required: ['confirm'], properties: { confirm: { type: 'string' } } },
      async execute(_id, { confirm }) {
        const p = pending.get(confirm);
        if (!p) return text('no pending plan for that token; run terraform_plan first');
        if (Date.now() - p.at > 30 * 60 * 1000) { pending.delete(confirm); return text('plan expired; re-plan'); }
        pending.delete(confirm);
        const r = await run('terraform', ['apply', '-input=false', '-no-color', p.planFile], { cwd: wsDir(p.ws), timeoutSec: cfg.timeoutSec });
        return text((r.code === 0 ? 'applied:\n' : 'apply failed:\n') + tail(r.stdout + r.stderr));
      },
    });

    api.registerTool({
      name: 'docker',
      description: `Run a limited docker command: ${[...DOCKER_VERBS].join(', ')}. Mutating verbs need confirmed=true after asking the user.`,
      parameters: { type: 'object', required: ['verb'], properties: { verb: { type: 'string' }, args: { type: 'array', items: { type: 'string' } }, confirmed: { type: 'boolean' } } },
      async execute(_id, { verb, args = [], confirmed }) {
        if (!DOCKER_VERBS.has(verb)) return text(`verb ${verb} not allowed`);
        if (MUTATING_DOCKER.has(verb) && !confirmed) return text(`"docker ${verb} ${args.join(' ')}" changes state; ask the user, then call again with confirmed=true`);
        if (verb === 'logs' && !args.some((a) => a.startsWith('--tail'))) args = ['--tail=300', ...args];
        const r = await run('docker', ['--context', cfg.dockerContext || 'default', verb, ...args]);
        return text(tail(r.stdout + r.stderr));
      },
    });
  },
};
