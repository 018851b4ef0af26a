'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const stateFile = path.join(os.homedir(), '.desk-notify.json');

function load() {
  try { return JSON.parse(fs.readFileSync(stateFile, 'utf8')); } catch { return {}; }
}

async function once(key, fn) {
  const s = load();
  if (s[key]) return;
  try { await fn(); } catch {}
  s[key] = Date.now();
  try { fs.writeFileSync(stateFile, JSON.stringify(s)); } catch {}
}

module.exports = { once };
