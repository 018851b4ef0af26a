'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const STATE = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');

/** Returns metadata only: we never open or parse transcript contents. */
function scan() {
  const out = [];
  let agents = [];
  try { agents = fs.readdirSync(path.join(STATE, 'agents')); } catch (_) { return out; }
  for (const agent of agents) {
    const dir = path.join(STATE, 'agents', agent, 'sessions');
    let files = [];
    try { files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')); } catch (_) { continue; }
    for (const f of files) {
      try {
        const st = fs.statSync(path.join(dir, f));
        out.push({ agent, session: f.replace(/\.jsonl$/, ''), bytes: st.size, mtime: st.mtimeMs });
      } catch (_) { /* removed meanwhile */ }
    }
  }
  return out.sort((a, b) => b.mtime - a.mtime);
}

module.exports = { scan, STATE };
