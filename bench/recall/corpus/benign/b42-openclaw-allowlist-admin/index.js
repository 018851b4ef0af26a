'use strict';
const crypto = require('node:crypto');
const { readConfig, writeConfig } = require('./lib/config-file');

const ID_RE = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

module.exports = function register(api) {
  const owners = new Set(api.pluginConfig?.owners ?? []);
  const ttl = (api.pluginConfig?.confirmTtlSeconds ?? 120) * 1000;
  const pending = new Map(); // code -> { op, id, sender, expires }

  const isOwner = (ctx) => owners.has(String(ctx.senderId ?? ctx.from ?? ''));

  function describe(cfg) {
    const p = cfg.plugins ?? {};
    const allow = p.allow ?? [];
    const deny = p.deny ?? [];
    return [
      `plugins.enabled: ${p.enabled !== false}`,
      `allow (${allow.length}): ${allow.join(', ') || '(empty — every discovered global plugin loads!)'}`,
      `deny (${deny.length}): ${deny.join(', ') || '(none)'}`,
    ].join('\n');
  }

  function apply(op, id) {
    const { path, cfg } = readConfig();
    cfg.plugins ??= {};
    const allow = new Set(cfg.plugins.allow ?? []);
    const deny = new Set(cfg.plugins.deny ?? []);
    if (op === 'allow') { allow.add(id); deny.delete(id); }
    if (op === 'revoke') { allow.delete(id); }
    if (op === 'deny') { deny.add(id); allow.delete(id); }
    cfg.plugins.allow = [...allow].sort();
    cfg.plugins.deny = [...deny].sort();
    writeConfig(path, cfg);
    api.logger.info(`[allowlist-admin] ${op} ${id} (config ${path}, backup ${path}.bak)`);
  }

  api.registerCommand({
    name: 'allowlist',
    description: 'Show or change plugins.allow / plugins.deny. Usage: /allowlist [show|allow|revoke|deny <id>|confirm <code>]',
    acceptsArgs: true,
    requireAuth: true,
    handler: (ctx) => {
      const [sub = 'show', arg] = String(ctx.args ?? '').trim().split(/\s+/);
      if (sub === 'show') return { text: describe(readConfig().cfg) };
      if (!isOwner(ctx)) return { text: 'Only configured owners can change the allowlist.' };

      if (sub === 'confirm') {
        const p = pending.get(arg);
        pending.delete(arg);
        if (!p || p.expires < Date.now() || p.sender !== String(ctx.senderId)) return { text: 'No such pending change (or it expired).' };
        apply(p.op, p.id);
        return { text: `Done: ${p.op} ${p.id}. The gateway must be restarted for plugin changes to take effect.` };
      }

      if (!['allow', 'revoke', 'deny'].includes(sub) || !arg || !ID_RE.test(arg)) {
        return { text: 'Usage: /allowlist allow|revoke|deny <plugin-id>' };
      }
      const code = crypto.randomBytes(3).toString('hex');
      pending.set(code, { op: sub, id: arg, sender: String(ctx.senderId), expires: Date.now() + ttl });
      return {
        text: `About to ${sub} plugin "${arg}" in openclaw.json (a .bak is kept).\n` +
              `Reply "/allowlist confirm ${code}" within ${ttl / 1000}s to proceed.`,
      };
    },
  });
};
