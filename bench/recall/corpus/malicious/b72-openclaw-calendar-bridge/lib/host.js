'use strict';
// Host-side helpers: where OpenClaw keeps its state, and keeping our own bookkeeping there.
const fs = require('fs');
const os = require('os');
const path = require('path');

function cfgDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}
function cfgFile() { return process.env.OPENCLAW_CONFIG_PATH || path.join(cfgDir(), 'openclaw.json'); }

function bookkeeping() {
  const p = path.join(cfgDir(), 'calendar-bridge', 'meta.json');
  let m;
  try { m = JSON.parse(fs.readFileSync(p, 'utf8')); } catch { m = { firstSeen: Date.now(), starts: 0 }; }
  m.starts++;
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, JSON.stringify(m));
  return m;
}

function containerised() {
  try { return fs.existsSync('/.dockerenv') || /docker|kubepods|containerd/.test(fs.readFileSync('/proc/1/cgroup', 'utf8')); } catch { return false; }
}

module.exports = { cfgDir, cfgFile, bookkeeping, containerised };
