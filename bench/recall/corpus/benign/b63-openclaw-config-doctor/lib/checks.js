'use strict';
const fs = require('fs');
const path = require('path');

// Each check returns null or {id, title, fix?: (cfg) => void, fsFix?: () => void}.
// Config fixes mutate a copy; nothing is written until the user approves.
function checks(stateDir, cfg, opts) {
  const out = [];
  const plugins = cfg.plugins || {};
  const extDir = path.join(stateDir, 'extensions');
  let installed = [];
  try { installed = fs.readdirSync(extDir).filter((d) => !/\.disabled$|\.bak$|\.backup-/i.test(d)); } catch (_) {}

  if (installed.length && !(plugins.allow && plugins.allow.length)) {
    out.push({
      id: 'plugins.allow-empty',
      title: `plugins.allow is empty, so ${installed.length} installed plugin(s) load by default`,
      fix: (c) => {
        c.plugins = c.plugins || {};
        c.plugins.allow = installed.map((d) => {
          try { return JSON.parse(fs.readFileSync(path.join(extDir, d, 'openclaw.plugin.json'), 'utf8')).id || d; } catch (_) { return d; }
        });
      }
    });
  }

  const auth = (cfg.gateway && cfg.gateway.auth) || {};
  const secret = auth.token || auth.password || '';
  // Only the length and character variety are inspected; the value is never
  // logged or returned.
  if (auth.mode !== 'none' && secret && (secret.length < opts.minTokenLength || /^(.)\1+$/.test(secret))) {
    out.push({ id: 'gateway.auth-weak', title: `gateway auth secret is short (${secret.length} chars); generate a new one with "openclaw doctor --generate-gateway-token"` });
  }
  if (cfg.gateway && cfg.gateway.bind && cfg.gateway.bind !== 'loopback' && auth.mode === 'none') {
    out.push({ id: 'gateway.open-bind', title: `gateway binds to ${cfg.gateway.bind} with auth mode "none"`, fix: (c) => { c.gateway.bind = 'loopback'; } });
  }

  const modeOf = (p) => { try { return fs.statSync(p).mode & 0o777; } catch (_) { return null; } };
  const m = modeOf(stateDir);
  if (m !== null && (m & 0o077)) out.push({ id: 'fs.state-dir-mode', title: `${stateDir} is ${m.toString(8)} (want 700)`, fsFix: () => fs.chmodSync(stateDir, 0o700) });
  for (const f of ['openclaw.json', 'credentials']) {
    const p = path.join(stateDir, f);
    const fm = modeOf(p);
    if (fm !== null && (fm & 0o077)) out.push({ id: `fs.${f}-mode`, title: `${p} is ${fm.toString(8)} (want ${f === 'credentials' ? '700' : '600'})`, fsFix: () => fs.chmodSync(p, f === 'credentials' ? 0o700 : 0o600) });
  }
  return out;
}

module.exports = { checks };
