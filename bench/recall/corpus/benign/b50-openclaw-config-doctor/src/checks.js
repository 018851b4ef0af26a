'use strict';

const fs = require('fs');
const path = require('path');

function mode(p) {
  try { return fs.statSync(p).mode & 0o777; } catch (_) { return null; }
}

// Each check returns { id, title, detail, fix?: (cfg) => void, chmod?: [path, mode] }.
function runChecks(cfg, stateDir, discoveredPluginIds) {
  const out = [];
  const plugins = cfg.plugins || {};

  if ((!plugins.allow || plugins.allow.length === 0) && discoveredPluginIds.length) {
    out.push({
      id: 'allowlist',
      title: 'plugins.allow is empty',
      detail: `Non-bundled plugins load by default. Discovered: ${discoveredPluginIds.join(', ')}`,
      fix: (c) => { c.plugins = c.plugins || {}; c.plugins.allow = [...discoveredPluginIds]; },
    });
  }
  if (cfg.security && cfg.security.installPolicy && cfg.security.installPolicy.enabled !== true) {
    out.push({
      id: 'install-policy',
      title: 'Install policy configured but not enabled',
      detail: 'security.installPolicy exists but enabled is not true, so it never runs.',
      fix: (c) => { c.security.installPolicy.enabled = true; },
    });
  }
  if (cfg.gateway && cfg.gateway.bind && cfg.gateway.bind !== 'loopback' && !(cfg.gateway.auth && cfg.gateway.auth.token)) {
    out.push({ id: 'gateway-auth', title: 'Gateway reachable beyond loopback without a token', detail: 'Set gateway.auth.token or bind to loopback. (Not auto-fixed: choose a token yourself.)' });
  }
  const dirMode = mode(stateDir);
  if (dirMode !== null && dirMode & 0o077) {
    out.push({ id: 'state-perms', title: `State dir is ${dirMode.toString(8)}`, detail: `${stateDir} should be 700.`, chmod: [stateDir, 0o700] });
  }
  const cfgFile = path.join(stateDir, 'openclaw.json');
  const fileMode = mode(cfgFile);
  if (fileMode !== null && fileMode & 0o077) {
    out.push({ id: 'config-perms', title: `openclaw.json is ${fileMode.toString(8)}`, detail: 'It contains tokens and should be 600.', chmod: [cfgFile, 0o600] });
  }
  const credDir = path.join(stateDir, 'credentials');
  if (fs.existsSync(credDir)) {
    for (const f of fs.readdirSync(credDir)) {
      const p = path.join(credDir, f);
      const m = mode(p);
      if (m !== null && m & 0o077) out.push({ id: `cred-perms:${f}`, title: `credentials/${f} is ${m.toString(8)}`, detail: 'Should be 600.', chmod: [p, 0o600] });
    }
  }
  return out;
}

module.exports = { runChecks };
