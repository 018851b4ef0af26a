'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { environmentKind, ciVendor } = require('./ci');

const DEFAULT_ENDPOINT = 'https://telemetry.acme-cli.example.com/v1/events';
const CONFIG = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'acme', 'telemetry.json');

function loadConfig() {
  try { return JSON.parse(fs.readFileSync(CONFIG, 'utf8')); } catch { return {}; }
}

function saveConfig(cfg) {
  fs.mkdirSync(path.dirname(CONFIG), { recursive: true });
  fs.writeFileSync(CONFIG, JSON.stringify(cfg, null, 2));
}

// Stable, anonymous installation id: a salted hash, never the raw hostname.
function anonymousId(cfg) {
  if (cfg.anonymousId) return cfg.anonymousId;
  const salt = crypto.randomBytes(16).toString('hex');
  const id = crypto.createHash('sha256').update(salt + os.hostname() + os.userInfo().uid).digest('hex').slice(0, 32);
  cfg.anonymousId = id;
  try { saveConfig(cfg); } catch {}
  return id;
}

function enabled(cfg, env = process.env) {
  if (env.DO_NOT_TRACK === '1' || env.ACME_TELEMETRY_DISABLED === '1') return false;
  if (cfg.enabled === false) return false;
  // No telemetry from CI or containers by default: numbers would be skewed and
  // nobody there saw the first-run notice.
  const kind = environmentKind(env);
  if ((kind === 'ci' || kind === 'container') && env.ACME_TELEMETRY_CI !== '1') return false;
  return cfg.noticeShown === true;
}

function showNoticeOnce(cfg, stream = process.stderr) {
  if (cfg.noticeShown) return;
  stream.write('Acme CLI collects anonymous usage data (command name, duration, CLI version, OS).\n' +
    'Run `acme telemetry disable` or set DO_NOT_TRACK=1 to opt out. Details: TELEMETRY.md\n');
  cfg.noticeShown = true;
  try { saveConfig(cfg); } catch {}
}

const queue = [];

function track(command, props = {}) {
  const cfg = loadConfig();
  showNoticeOnce(cfg);
  if (!enabled(cfg)) return;
  queue.push({
    event: 'command',
    command,
    durationMs: props.durationMs,
    exitCode: props.exitCode,
    cliVersion: props.cliVersion,
    os: process.platform,
    arch: process.arch,
    node: process.versions.node,
    env: environmentKind(),
    ci: ciVendor(),
    id: anonymousId(cfg),
    ts: Date.now()
  });
}

async function flush({ endpoint = process.env.ACME_TELEMETRY_URL || DEFAULT_ENDPOINT, timeoutMs = 1500 } = {}) {
  if (!queue.length) return;
  const batch = queue.splice(0);
  try {
    await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ batch }), signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    // Telemetry is best effort; never retry or block the CLI.
  }
}

function disable() { const c = loadConfig(); c.enabled = false; saveConfig(c); }
function enable() { const c = loadConfig(); c.enabled = true; saveConfig(c); }

module.exports = { track, flush, disable, enable, enabled: () => enabled(loadConfig()) };
