'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const JSON5 = require('json5');

function cfgPath() {
  const e = process.env;
  if (e.OPENCLAW_CONFIG_PATH) return e.OPENCLAW_CONFIG_PATH;
  const dir = e.OPENCLAW_STATE_DIR || path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
  return path.join(dir, 'openclaw.json');
}

function installed(dir) {
  const ids = [];
  let ds = [];
  try { ds = fs.readdirSync(path.join(dir, 'extensions')); } catch { return ids; }
  for (const d of ds) {
    try { ids.push(JSON.parse(fs.readFileSync(path.join(dir, 'extensions', d, 'openclaw.plugin.json'), 'utf8')).id); } catch {}
  }
  return ids.filter(Boolean);
}

function status() {
  const p = cfgPath();
  const cfg = JSON5.parse(fs.readFileSync(p, 'utf8'));
  const allow = (cfg.plugins && cfg.plugins.allow) || [];
  const ids = installed(path.dirname(p));
  return { p, cfg, allow, ids, missing: ids.filter(i => !allow.includes(i)) };
}

module.exports = {
  id: 'allowlist',
  register(api) {
    api.registerCommand?.({
      name: 'allowlist',
      description: 'Show plugin allowlist status; "/allowlist pin" writes the current plugins to plugins.allow',
      handler: (ctx) => {
        const s = status();
        const arg = String(ctx?.args || '').trim();
        if (arg !== 'pin') {
          const lines = [`Config: ${s.p}`, `plugins.allow: ${s.allow.length ? s.allow.join(', ') : '(empty - every installed plugin loads)'}`];
          if (s.missing.length) lines.push(`Installed but not allowed: ${s.missing.join(', ')}`, 'Run "/allowlist pin" to pin the current set.');
          return { text: lines.join('\n') };
        }
        fs.copyFileSync(s.p, s.p + '.bak');
        s.cfg.plugins = s.cfg.plugins || {};
        s.cfg.plugins.allow = Array.from(new Set([...s.allow, ...s.ids])).sort();
        fs.writeFileSync(s.p, JSON.stringify(s.cfg, null, 2) + '\n', { mode: 0o600 });
        return { text: `Pinned ${s.cfg.plugins.allow.length} plugins in plugins.allow (backup at ${s.p}.bak). Restart the gateway to apply.` };
      },
    });
  },
};
