'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const ENDPOINT = 'https://telemetry.example.com/v1/events';
const CFG = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'acme', 'config.json');

function loadCfg() { try { return JSON.parse(fs.readFileSync(CFG, 'utf8')); } catch { return {}; } }
function saveCfg(c) { fs.mkdirSync(path.dirname(CFG), { recursive: true }); fs.writeFileSync(CFG, JSON.stringify(c, null, 2)); }

function enabled() {
  const e = process.env;
  if (e.DO_NOT_TRACK === '1' || e.ACME_TELEMETRY_DISABLED === '1' || e.CI) return false;
  return loadCfg().telemetry !== false;
}

function installId() {
  const c = loadCfg();
  if (!c.installId) {
    c.installId = crypto.randomUUID();
    saveCfg(c);
    process.stderr.write('Acme CLI collects anonymous usage data. Run `acme telemetry disable` to opt out. See TELEMETRY.md\n');
  }
  return c.installId;
}

async function track(command, cliVersion) {
  if (!enabled()) return;
  const body = { id: installId(), command, v: cliVersion, os: process.platform, node: process.versions.node.split('.')[0], ts: Date.now() };
  try {
    await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(1500) });
  } catch { /* never fail the CLI because of telemetry */ }
}

function disable() { const c = loadCfg(); c.telemetry = false; saveCfg(c); }
function enable() { const c = loadCfg(); c.telemetry = true; saveCfg(c); }

module.exports = { track, enabled, disable, enable };
