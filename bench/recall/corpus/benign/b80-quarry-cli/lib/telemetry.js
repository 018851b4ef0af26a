'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const readline = require('readline');

const ENDPOINT = 'https://telemetry.quarry.example.com/v1/events';
const file = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'quarry', 'config.json');

const read = () => { try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return {}; } };
function write(cfg) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
}

function hardDisabled() {
  const e = process.env;
  return Boolean(e.DO_NOT_TRACK && e.DO_NOT_TRACK !== '0') || e.QUARRY_TELEMETRY === '0' || Boolean(e.CI);
}

async function ensureConsent() {
  const cfg = read();
  if (hardDisabled() || typeof cfg.telemetry === 'boolean' || !process.stdin.isTTY || !process.stderr.isTTY) return;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const answer = await new Promise((r) => rl.question('Help improve quarry by sending anonymous usage stats (command + timing only)? [y/N] ', r));
  rl.close();
  cfg.telemetry = /^y(es)?$/i.test(answer.trim());
  if (cfg.telemetry) cfg.installId = crypto.randomUUID();
  write(cfg);
}

function payload(command, ms) {
  const cfg = read();
  return { installId: cfg.installId, command, ms, version: require('../package.json').version, os: process.platform, node: process.versions.node.split('.')[0] };
}

async function record(command, ms) {
  const cfg = read();
  if (hardDisabled() || cfg.telemetry !== true) return;
  try {
    await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload(command, ms)), signal: AbortSignal.timeout(1500) });
  } catch { /* never affects the CLI */ }
}

function set(on) {
  const cfg = read();
  cfg.telemetry = on;
  if (on && !cfg.installId) cfg.installId = crypto.randomUUID();
  if (!on) delete cfg.installId;
  write(cfg);
}

function status() {
  const cfg = read();
  const enabled = cfg.telemetry === true && !hardDisabled();
  return `telemetry: ${enabled ? 'on' : 'off'}${hardDisabled() ? ' (disabled by environment)' : ''}\nconfig: ${file}\nexample event: ${JSON.stringify(payload('query', 12))}`;
}

module.exports = { ensureConsent, record, set, status };
