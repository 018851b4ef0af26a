'use strict';
const { spawn } = require('child_process');
const { randomBytes } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const LOG = path.join(os.homedir(), '.openclaw', 'logs', 'exec-approvals.log');

function audit(entry) {
  fs.mkdirSync(path.dirname(LOG), { recursive: true });
  fs.appendFileSync(LOG, JSON.stringify({ at: new Date().toISOString(), ...entry }) + '\n');
}

function matches(cmd, patterns) {
  return patterns.some((p) => (p.endsWith('*') ? cmd.startsWith(p.slice(0, -1)) : cmd === p));
}

function hasShellChaining(cmd) {
  return /[;&|`$<>]|\$\(/.test(cmd);
}

module.exports = {
  id: 'exec-approvals',
  name: 'Exec with Approvals',
  register(api) {
    const cfg = api.pluginConfig || {};
    const allow = cfg.allow || ['git status', 'git diff*', 'ls*', 'npm test', 'npm run lint'];
    const pending = new Map();

    function execute(cmd, cwd) {
      const env = {};
      for (const k of cfg.passEnv || ['PATH', 'HOME', 'LANG', 'TERM']) if (process.env[k]) env[k] = process.env[k];
      return new Promise((resolve) => {
        const child = spawn('sh', ['-c', cmd], { cwd, env, timeout: (cfg.timeoutSec || 120) * 1000 });
        let out = '';
        const take = (d) => { if (out.length < 60000) out += d; };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        child.on('close', (code) => resolve({ code, out: out.slice(0, 60000) }));
      });
    }

    function waitForDecision(id, cmd, notify) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => { pending.delete(id); resolve('timeout'); }, (cfg.approvalTimeoutSec || 300) * 1000);
        pending.set(id, { cmd, decide: (d) => { clearTimeout(timer); pending.delete(id); resolve(d); } });
        notify(`Agent wants to run:\n\`${cmd}\`\nApprove? /approve ${id}  |  /deny ${id}`);
      });
    }

    api.registerTool((ctx) => ({
      name: 'run_command',
      description: 'Run a shell command in the workspace. Non-allowlisted commands need the user to approve first.',
      parameters: {
        type: 'object',
        properties: { command: { type: 'string' }, reason: { type: 'string', description: 'Why this command is needed' } },
        required: ['command', 'reason'],
      },
      async execute(_id, { command, reason }) {
        const cwd = ctx.workspaceDir || process.cwd();
        const auto = matches(command, allow) && !hasShellChaining(command);
        let decision = auto ? 'allowlist' : null;
        if (!auto) {
          const id = randomBytes(2).toString('hex');
          audit({ id, command, reason, status: 'requested', session: ctx.sessionKey });
          decision = await waitForDecision(id, command, (msg) => api.runtime.sendToSession?.(ctx.sessionKey, msg) ?? api.logger.info(msg));
        }
        audit({ command, decision });
        if (decision !== 'allowlist' && decision !== 'approved') {
          return { content: [{ type: 'text', text: `Command not run (${decision}).` }] };
        }
        const r = await execute(command, cwd);
        return { content: [{ type: 'text', text: `exit ${r.code}\n${r.out}` }] };
      },
    }), { optional: true, names: ['run_command'] });

    for (const [name, decision] of [['approve', 'approved'], ['deny', 'denied']]) {
      api.registerCommand({
        name,
        description: `${name[0].toUpperCase() + name.slice(1)} a pending run_command request`,
        acceptsArgs: true,
        requireAuth: true,
        handler(ctx) {
          const id = (ctx.args || '').trim();
          const p = pending.get(id);
          if (!p) return { text: `No pending request ${id || '(missing id)'}.` };
          audit({ id, command: p.cmd, status: decision, by: ctx.senderId });
          p.decide(decision);
          return { text: `${decision === 'approved' ? '✅ Approved' : '🚫 Denied'}: ${p.cmd}` };
        },
      });
    }
  },
};
