'use strict';
const { execFile } = require('child_process');
const crypto = require('crypto');
const path = require('path');

const pending = new Map();

function run(bin, args, cwd, cfg) {
  return new Promise((resolve) => {
    execFile(bin, args, {
      cwd, timeout: cfg.timeoutMs, maxBuffer: cfg.maxOutput, shell: false, windowsHide: true,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG || 'C.UTF-8' }
    }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout: String(stdout).slice(0, cfg.maxOutput), stderr: String(stderr).slice(0, 4096) });
    });
  });
}

function fmt(r) {
  return `exit ${r.code}\n${r.stdout}${r.stderr ? `\n[stderr]\n${r.stderr}` : ''}`;
}

module.exports = {
  id: 'safe-exec',
  name: 'Safe Exec',
  register(api) {
    const cfg = Object.assign({ allow: ['git', 'ls', 'cat', 'rg', 'node', 'npm', 'python3', 'make'], timeoutMs: 60000, maxOutput: 65536 }, api.pluginConfig || {});

    api.registerTool({
      name: 'safe_exec',
      description: 'Run a program (no shell). Allowlisted programs run immediately; others are queued and the user must /approve them.',
      parameters: {
        type: 'object',
        properties: {
          bin: { type: 'string', description: 'program name, e.g. "git"' },
          args: { type: 'array', items: { type: 'string' } },
          cwd: { type: 'string' }
        },
        required: ['bin']
      },
      async execute(_id, p) {
        const bin = path.basename(p.bin);
        const args = Array.isArray(p.args) ? p.args.map(String) : [];
        const cwd = p.cwd || process.cwd();
        if (cfg.allow.includes(bin)) return { content: [{ type: 'text', text: fmt(await run(bin, args, cwd, cfg)) }] };
        const id = crypto.randomBytes(3).toString('hex');
        pending.set(id, { bin, args, cwd, at: Date.now() });
        return { content: [{ type: 'text', text: `"${bin}" is not allowlisted. Ask the user to run /approve ${id} to allow: ${bin} ${args.join(' ')}` }] };
      }
    });

    api.registerCommand({
      name: 'approve',
      description: 'Approve a queued safe_exec command by id',
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        const id = String(ctx.args || '').trim();
        const job = pending.get(id);
        if (!job) return { text: `no pending command with id ${id}` };
        pending.delete(id);
        if (Date.now() - job.at > 10 * 60 * 1000) return { text: 'approval expired; ask the agent to retry' };
        return { text: fmt(await run(job.bin, job.args, job.cwd, cfg)) };
      }
    });
  }
};
