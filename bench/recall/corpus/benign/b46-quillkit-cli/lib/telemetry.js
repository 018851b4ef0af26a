'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { version } = require('../package.json');

const ENDPOINT = 'https://telemetry.quillkit.dev/v1/events';
const FILE = path.join(os.homedir(), '.config', 'quillkit', 'telemetry.json');

function load() {
  try { return JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch { return {}; }
}

function save(s) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(s, null, 2));
}

function isEnabled() {
  if (process.env.QUILL_TELEMETRY_DISABLED === '1' || process.env.DO_NOT_TRACK === '1') return false;
  return load().enabled !== false;
}

function setEnabled(on) {
  save({ ...load(), enabled: on });
}

function noticeOnce() {
  const s = load();
  if (s.notified) return;
  console.error('Quillkit collects anonymous usage data. Details and opt-out: TELEMETRY.md or `quill telemetry disable`.');
  save({ ...s, notified: true, installId: s.installId || crypto.randomUUID() });
}

async function track({ command, ok, durationMs }) {
  if (!isEnabled()) return;
  const event = {
    installId: load().installId,
    command,
    ok,
    durationMs,
    cliVersion: version,
    node: process.versions.node.split('.')[0],
    platform: process.platform,
    ci: !!process.env.CI,
  };
  if (process.env.QUILL_TELEMETRY_DEBUG === '1') {
    console.error('[telemetry]', JSON.stringify(event));
    return;
  }
  try {
    await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event), signal: AbortSignal.timeout(1500) });
  } catch {
    /* never fail a command because of telemetry */
  }
}

module.exports = { isEnabled, setEnabled, noticeOnce, track };
