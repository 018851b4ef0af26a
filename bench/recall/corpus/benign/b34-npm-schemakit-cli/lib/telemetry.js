'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const ENDPOINT = 'https://telemetry.schemakit.example.com/v1/events';
const CFG = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'schemakit', 'config.json');

function readCfg() { try { return JSON.parse(fs.readFileSync(CFG, 'utf8')); } catch { return {}; } }
function writeCfg(c) { fs.mkdirSync(path.dirname(CFG), { recursive: true }); fs.writeFileSync(CFG, JSON.stringify(c, null, 2)); }

function enabled(env = process.env) {
  if (env.CI || env.DO_NOT_TRACK === '1' || env.SCHEMAKIT_TELEMETRY === '0') return false;
  return readCfg().telemetry === true || env.SCHEMAKIT_TELEMETRY === '1';
}

function setEnabled(on) {
  const c = readCfg();
  c.telemetry = !!on;
  if (on && !c.installId) c.installId = crypto.randomUUID();
  writeCfg(c);
}

async function record(command, durationMs, exitCode) {
  if (!enabled()) return;
  const ev = {
    command, durationMs, exitCode,
    schemakitVersion: require('../package.json').version,
    nodeVersion: process.version, os: process.platform, arch: process.arch,
    installId: readCfg().installId
  };
  if (process.env.SCHEMAKIT_TELEMETRY_DEBUG) { console.error('[telemetry]', JSON.stringify(ev)); return; }
  try {
    await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ev), signal: AbortSignal.timeout(1500) });
  } catch { /* never affect the command */ }
}

module.exports = { enabled, setEnabled, record, ENDPOINT, CFG };
