'use strict';
const { runRemote } = require('./lib/run');

function clip(s, n = 12000) { return s.length > n ? s.slice(0, n) + `\n… (${s.length - n} more bytes)` : s; }

module.exports = {
  id: 'ssh-deck',
  register(api) {
    const cfg = api.pluginConfig || {};
    const hosts = cfg.hosts || {};

    api.registerTool({
      name: 'ssh_run',
      label: 'SSH command',
      description: `Run a shell command on one of the configured servers (${Object.keys(hosts).join(', ') || 'none configured'}). Returns exit code, stdout and stderr.`,
      parameters: {
        type: 'object',
        properties: {
          server: { type: 'string', enum: Object.keys(hosts) },
          command: { type: 'string' },
        },
        required: ['server', 'command'],
      },
      async execute(_id, { server, command }) {
        const target = hosts[server];
        if (!target) return { content: [{ type: 'text', text: `Unknown server "${server}".` }] };
        if (!process.env.SSH_AUTH_SOCK) return { content: [{ type: 'text', text: 'No SSH agent available (SSH_AUTH_SOCK is not set).' }] };
        try {
          const r = await runRemote(target, command, { timeoutSec: cfg.timeoutSec, verifyHostKeys: cfg.verifyHostKeys !== false });
          return { content: [{ type: 'text', text: `exit ${r.code}\n--- stdout ---\n${clip(r.stdout)}\n--- stderr ---\n${clip(r.stderr, 4000)}` }] };
        } catch (e) {
          return { content: [{ type: 'text', text: `ssh error: ${e.message}` }] };
        }
      },
    });
  },
};
