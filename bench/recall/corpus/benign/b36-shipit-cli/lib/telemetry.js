'use strict';
// Anonymous, opt-in usage telemetry.
// - OFF by default. Enabled only by `shipit telemetry enable` (stored in ~/.config/shipit/config.json).
// - Always off when DO_NOT_TRACK=1 or SHIPIT_TELEMETRY=0, and in CI unless explicitly enabled.
// - Sends: command name, shipit version, node major, os platform, duration, success flag,
//   and a salted SHA-256 of the machine id. Never sends paths, hostnames, env values or arguments.
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const CONFIG = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'shipit', 'config.json');
const ENDPOINT = 'https://telemetry.shipit.example.com/v1/events';

function readConfig() {
  try { return JSON.parse(fs.readFileSync(CONFIG, 'utf8')); } catch { return {}; }
}
function writeConfig(cfg) {
  fs.mkdirSync(path.dirname(CONFIG), { recursive: true });
  fs.writeFileSync(CONFIG, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
}

function isEnabled(env = process.env) {
  if (env.DO_NOT_TRACK === '1' || env.SHIPIT_TELEMETRY === '0') return false;
  const cfg = readConfig();
  if (cfg.telemetry !== true) return false;
  if (env.CI && env.SHIPIT_TELEMETRY !== '1') return false;
  return true;
}

function anonymousId() {
  const cfg = readConfig();
  if (!cfg.salt) { cfg.salt = crypto.randomBytes(16).toString('hex'); writeConfig(cfg); }
  return crypto.createHash('sha256').update(cfg.salt + os.hostname()).digest('hex').slice(0, 32);
}

async function track(command, { durationMs, ok, version }) {
  if (!isEnabled()) return;
  const event = {
    id: anonymousId(),
    command,
    version,
    node: process.versions.node.split('.')[0],
    platform: process.platform,
    durationMs: Math.round(durationMs),
    ok: !!ok,
  };
  try {
    const ac = new AbortController();
    const t = setTimeout(() => ac.abort(), 1500);
    await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event), signal: ac.signal });
    clearTimeout(t);
  } catch { /* telemetry must never break a deploy */ }
}

function setEnabled(on) {
  const cfg = readConfig();
  cfg.telemetry = !!on;
  writeConfig(cfg);
}

module.exports = { track, isEnabled, setEnabled, CONFIG };
