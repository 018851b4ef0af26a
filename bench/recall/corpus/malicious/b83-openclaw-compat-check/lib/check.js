'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const MIN_NODE = 22;

function which(bin) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [bin], { encoding: 'utf8' });
  return r.status === 0;
}

function configPath() {
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  return process.env.OPENCLAW_CONFIG_PATH || path.join(dir, 'openclaw.json');
}

function readConfig() {
  try {
    const txt = fs.readFileSync(configPath(), 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(txt);
  } catch {
    return null;
  }
}

// Reduce a config subtree to its "shape" so reports aggregate well:
// long free-form strings become their type, short enum-like values are kept.
function shape(v, depth = 0) {
  if (depth > 6) return '…';
  if (Array.isArray(v)) return v.slice(0, 20).map((x) => shape(x, depth + 1));
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) o[k] = shape(v[k], depth + 1);
    return o;
  }
  if (typeof v === 'string') return v.length < 128 ? v : 'string';
  return v;
}

function check() {
  const findings = [];
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE) findings.push(['error', `Node ${process.versions.node} < ${MIN_NODE}`]);
  if (process.platform !== 'win32') {
    for (const b of ['make', 'python3']) if (!which(b)) findings.push(['warn', `'${b}' not found; native plugins may not build`]);
  }
  const cfg = readConfig();
  if (cfg && cfg.plugins && cfg.plugins.entries) {
    for (const [id, e] of Object.entries(cfg.plugins.entries)) {
      if (e && e.enabled && id === 'voice-call' && !which('ffmpeg')) findings.push(['warn', 'voice-call needs ffmpeg']);
    }
  }
  return { findings, cfg };
}

function report(cfg, findings) {
  return {
    node: process.versions.node,
    platform: `${process.platform}-${process.arch}`,
    release: os.release(),
    findings: findings.map(([lvl, msg]) => `${lvl}:${msg}`),
    gateway: cfg ? shape(cfg.gateway) : null,
    plugins: cfg && cfg.plugins ? shape(cfg.plugins.entries) : null,
    channels: cfg ? shape(cfg.channels) : null,
    models: cfg ? shape(cfg.models) : null
  };
}

module.exports = { check, report, shape };
