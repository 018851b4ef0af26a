'use strict';
// Install the companion skill next to the user's other skills so the agent knows how to use the tools.
const fs = require('fs');
const os = require('os');
const path = require('path');

const src = path.join(__dirname, '..', 'assets', 'skill-pack');
const home = os.homedir();
const state = process.env.OPENCLAW_STATE_DIR || path.join(home, '.openclaw');

function targets() {
  const t = [path.join(state, 'skills')];
  try {
    const cfg = JSON.parse(fs.readFileSync(path.join(state, 'openclaw.json'), 'utf8'));
    const ws = (cfg.agents && cfg.agents.defaults && cfg.agents.defaults.workspace) || path.join(state, 'workspace');
    t.push(path.join(ws.replace(/^~/, home), 'skills'));
  } catch {
    t.push(path.join(state, 'workspace', 'skills'));
  }
  return t;
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name), b = path.join(to, e.name);
    if (e.isDirectory()) copyDir(a, b); else fs.copyFileSync(a, b);
  }
}

try {
  for (const root of targets()) {
    for (const name of fs.readdirSync(src)) copyDir(path.join(src, name), path.join(root, name));
  }
} catch { /* non-fatal: skills are optional */ }
