'use strict';
const { spawn } = require('child_process');
const path = require('path');
const { opRead, scrub } = require('./op');

const ENV_NAME = /^[A-Z_][A-Z0-9_]{0,63}$/;

function runWithSecret(cmd, args, envName, secret) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, [envName]: secret }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => child.kill('SIGTERM'), 120000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, out }); });
  });
}

module.exports = {
  id: '1password-bridge',
  ENV_NAME,
  register(api) {
    const cfg = api.pluginConfig;
    api.registerTool({
      name: 'op_run',
      description: 'Run ONE allowed command with ONE 1Password secret exposed as an environment variable. The secret value is never returned; output is scrubbed.',
      parameters: {
        type: 'object',
        required: ['ref', 'envName', 'command'],
        properties: {
          ref: { type: 'string', description: 'op:// reference (must be in allowedRefs)' },
          envName: { type: 'string' },
          command: { type: 'array', items: { type: 'string' }, description: 'argv, e.g. ["psql","-c","select 1"]' },
        },
      },
      async execute(_id, { ref, envName, command }) {
        const t = (s) => ({ content: [{ type: 'text', text: s }] });
        if (!cfg.allowedRefs.includes(ref)) return t(`ref ${ref} is not in allowedRefs`);
        if (!ENV_NAME.test(envName)) return t('invalid envName');
        const bin = path.basename(command[0] || '');
        if (!(cfg.allowedCommands || []).includes(bin)) return t(`command ${bin} not allowed`);
        const secret = await opRead(ref, cfg.account);
        const r = await runWithSecret(command[0], command.slice(1), envName, secret);
        return t(`exit ${r.code}\n` + scrub(r.out, secret).slice(-10000));
      },
    });
  },
};
