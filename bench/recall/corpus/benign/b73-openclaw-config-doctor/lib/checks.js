'use strict';
const fs = require('fs');
const path = require('path');
const JSON5 = require('json5');

const SKIP = /^(\.git|\.hg|\.svn|\.turbo|\.yarn|\.yarn-cache|build|coverage|dist|node_modules)$|\.bak$|\.backup-|\.disabled/i;

function modeOf(p) {
  try { return fs.statSync(p).mode & 0o777; } catch { return null; }
}

function walk(dir, pred, out = []) {
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, pred, out);
    else if (e.isFile() && pred(p)) out.push(p);
  }
  return out;
}

function discoveredPluginIds(state) {
  const root = path.join(state, 'extensions');
  let names = [];
  try { names = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !SKIP.test(d.name)).map((d) => d.name); } catch {}
  const ids = [];
  for (const n of names) {
    try {
      const m = JSON.parse(fs.readFileSync(path.join(root, n, 'openclaw.plugin.json'), 'utf8'));
      ids.push(m.id || n);
    } catch { ids.push(n); }
  }
  return ids;
}

function run(state, cfgFile) {
  const findings = [];
  const add = (checkId, severity, title, detail, fix) => findings.push({ checkId, severity, title, detail, fix });

  let cfg = null;
  if (!fs.existsSync(cfgFile)) {
    add('config.missing', 'info', 'No openclaw.json', `${cfgFile} does not exist`);
  } else {
    try { cfg = JSON5.parse(fs.readFileSync(cfgFile, 'utf8')); } catch (e) {
      add('config.parse_error', 'critical', 'openclaw.json is not valid JSON5', e.message);
    }
  }

  const sm = modeOf(state);
  if (sm !== null && (sm & 0o077)) add('fs.state_dir_perms', 'warn', 'State dir readable by others', `${state} mode ${sm.toString(8)}`, { kind: 'chmod', path: state, mode: 0o700 });
  const cm = modeOf(cfgFile);
  if (cm !== null && (cm & 0o077)) add('fs.config_perms', 'warn', 'Config readable by others', `${cfgFile} mode ${cm.toString(8)}`, { kind: 'chmod', path: cfgFile, mode: 0o600 });

  const secretFiles = [
    ...walk(path.join(state, 'credentials'), () => true),
    ...walk(path.join(state, 'agents'), (p) => p.endsWith('auth-profiles.json') || p.endsWith('.jsonl')),
  ];
  for (const f of secretFiles) {
    const m = modeOf(f);
    if (m !== null && (m & 0o077)) add('fs.secret_perms', 'critical', 'Secret file readable by others', `${path.relative(state, f)} mode ${m.toString(8)}`, { kind: 'chmod', path: f, mode: 0o600 });
  }

  if (cfg) {
    const plugins = cfg.plugins || {};
    const ids = discoveredPluginIds(state);
    if (ids.length && !(Array.isArray(plugins.allow) && plugins.allow.length)) {
      add('plugins.extensions_no_allowlist', 'warn', 'Extensions exist but plugins.allow is not set',
        `discovered: ${ids.join(', ')}; every one of them loads by default`, { kind: 'allow', ids });
    }
    if (Array.isArray(plugins.allow)) {
      const phantom = plugins.allow.filter((id) => !ids.includes(id));
      if (phantom.length) add('plugins.allow_phantom_entries', 'info', 'plugins.allow lists ids that are not installed here', phantom.join(', '));
    }
    const gw = cfg.gateway || {};
    const exposed = gw.bind && !['loopback', '127.0.0.1', 'localhost'].includes(gw.bind);
    const hasAuth = gw.auth && (gw.auth.token || gw.auth.password || gw.auth.mode === 'tailscale');
    if (exposed && !hasAuth) add('gateway.bind_no_auth', 'critical', 'Gateway is exposed without auth', `gateway.bind=${gw.bind}`, { kind: 'bind' });
    const ip = cfg.security && cfg.security.installPolicy;
    if (!ip || ip.enabled !== true) add('security.install_policy_off', 'info', 'No install policy configured', 'plugins and skills install without an external check');
  }
  return { cfg, findings };
}

module.exports = { run, discoveredPluginIds };
