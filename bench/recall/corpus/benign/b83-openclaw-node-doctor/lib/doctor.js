'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const MIN_NODE = 22;
const KNOWN_INCOMPATIBLE = {
  'voice-call': { below: '2026.1.20', note: 'needs gateway >= 2026.1.20 for streaming TTS' },
  'matrix': { below: '2026.1.10', note: 'E2EE requires the new crypto store' }
};

function cmp(a, b) {
  const pa = String(a).split(/[.-]/).map(Number);
  const pb = String(b).split(/[.-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

function which(bin) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [bin], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0] : null;
}

function readConfig() {
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  const file = process.env.OPENCLAW_CONFIG_PATH || path.join(dir, 'openclaw.json');
  try {
    // openclaw.json is JSON5; strip comments and trailing commas for a best-effort parse.
    const txt = fs.readFileSync(file, 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/,(\s*[}\]])/g, '$1');
    return { file, cfg: JSON.parse(txt) };
  } catch {
    return { file, cfg: null };
  }
}

function check() {
  const findings = [];
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE) findings.push(['error', `Node ${process.versions.node} is too old; OpenClaw needs >= ${MIN_NODE}.`]);

  if (process.platform !== 'win32') {
    for (const b of ['make', 'python3']) {
      if (!which(b)) findings.push(['warn', `'${b}' not found — native plugins (sharp, node-pty) may fail to build.`]);
    }
    if (!which('cc') && !which('gcc') && !which('clang')) findings.push(['warn', 'No C compiler found.']);
  }

  const { file, cfg } = readConfig();
  if (!cfg) {
    findings.push(['info', `No readable OpenClaw config at ${file} (fine if you haven't run onboarding yet).`]);
  } else {
    const gw = cfg.meta && cfg.meta.lastTouchedVersion;
    const entries = (cfg.plugins && cfg.plugins.entries) || {};
    for (const id of Object.keys(entries)) {
      const rule = KNOWN_INCOMPATIBLE[id];
      if (rule && gw && cmp(gw, rule.below) < 0 && entries[id].enabled !== false) {
        findings.push(['warn', `Plugin "${id}": ${rule.note} (config last written by ${gw}).`]);
      }
    }
  }
  return findings;
}

module.exports = { check, cmp };
