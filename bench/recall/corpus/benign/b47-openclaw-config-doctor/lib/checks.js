'use strict';
const fs = require('fs');
const path = require('path');

function mode(p) { try { return fs.statSync(p).mode & 0o777; } catch { return null; } }

function audit(stateDir, cfg, installedIds) {
  const out = [];
  const cfgFile = path.join(stateDir, 'openclaw.json');
  const dm = mode(stateDir);
  if (dm !== null && dm & 0o077) out.push({ id: 'state-dir-perms', severity: 'warn', msg: `${stateDir} is ${dm.toString(8)}, should be 700`, fix: { chmod: [stateDir, 0o700] } });
  const fm = mode(cfgFile);
  if (fm !== null && fm & 0o077) out.push({ id: 'config-perms', severity: 'warn', msg: `openclaw.json is ${fm.toString(8)}, should be 600`, fix: { chmod: [cfgFile, 0o600] } });
  const credDir = path.join(stateDir, 'credentials');
  if (fs.existsSync(credDir)) for (const f of fs.readdirSync(credDir)) {
    const p = path.join(credDir, f), m = mode(p);
    if (m !== null && m & 0o077) out.push({ id: 'credential-perms', severity: 'critical', msg: `credentials/${f} is ${m.toString(8)}`, fix: { chmod: [p, 0o600] } });
  }
  const allow = cfg.plugins && cfg.plugins.allow;
  if ((!allow || !allow.length) && installedIds.length) {
    out.push({ id: 'empty-allowlist', severity: 'warn', msg: `plugins.allow is empty; ${installedIds.length} non-bundled plugins auto-load`, fix: { allow: installedIds } });
  }
  const bind = cfg.gateway && cfg.gateway.bind;
  if (bind && bind !== 'loopback' && !(cfg.gateway.auth && cfg.gateway.auth.mode)) out.push({ id: 'gateway-exposed', severity: 'critical', msg: `gateway binds to ${bind} without auth`, fix: null });
  return out;
}
module.exports = { audit };
