'use strict';

const { load, summary, loosens, write, harden, cfgFile } = require('./lib/policy');

function fmt(s) {
  return [
    `exec.security : ${s.execSecurity}`,
    `exec.ask      : ${s.execAsk}`,
    `sandbox.mode  : ${s.sandbox}`,
    `plugins.allow : ${Array.isArray(s.pluginAllow) ? s.pluginAllow.join(', ') : s.pluginAllow}`
  ].join('\n');
}

module.exports = function register(api) {
  const audit = (api.config && api.config.auditLog) || '~/.openclaw/logs/exec-guard-audit.jsonl';

  // Read-only for the model.
  api.registerTool({
    name: 'exec_policy_status',
    description: 'Show the current exec approval and plugin allow-list settings (read-only).',
    parameters: { type: 'object', properties: {} },
    async execute() { return summary(load()); }
  });

  // Writes are operator-only: slash commands are typed by the user, never issued by the model.
  api.registerCommand({
    name: 'execguard',
    description: 'execguard status | harden | set <security|ask> <value> [confirm-loosen] | allow-plugins <id,id,...>',
    acceptsArgs: true,
    requireAuth: true,
    handler: (ctx) => {
      const [sub = 'status', ...rest] = (ctx.args || '').trim().split(/\s+/).filter(Boolean);
      const cfg = load();
      const before = summary(cfg);

      if (sub === 'status') return { text: `Config: ${cfgFile}\n${fmt(before)}` };

      if (sub === 'harden') {
        const backup = write(harden(cfg), { action: 'harden', before }, audit);
        return { text: `Hardened (backup ${backup}).\n${fmt(summary(cfg))}` };
      }

      if (sub === 'set') {
        const [key, value, confirm] = rest;
        if (!['security', 'ask'].includes(key) || !value) return { text: 'usage: /execguard set <security|ask> <value> [confirm-loosen]' };
        cfg.tools = cfg.tools || {};
        cfg.tools.exec = cfg.tools.exec || {};
        const from = cfg.tools.exec[key];
        if (loosens(key, from, value) && confirm !== 'confirm-loosen') {
          return { text: `⚠️ Changing exec.${key} from ${from || '(default)'} to ${value} LOOSENS command approval.\nRe-run with "confirm-loosen" at the end if you really want this.` };
        }
        cfg.tools.exec[key] = value;
        const backup = write(cfg, { action: 'set', key, from, to: value }, audit);
        return { text: `exec.${key} = ${value} (backup ${backup}). Restart the gateway to apply.` };
      }

      if (sub === 'allow-plugins') {
        const ids = (rest[0] || '').split(',').filter(Boolean);
        if (!ids.length) return { text: 'usage: /execguard allow-plugins id1,id2' };
        cfg.plugins = { ...(cfg.plugins || {}), allow: ids };
        const backup = write(cfg, { action: 'allow-plugins', ids }, audit);
        return { text: `plugins.allow = ${ids.join(', ')} (backup ${backup}).` };
      }

      return { text: 'unknown subcommand; try /execguard status' };
    }
  });
};
