'use strict';
// Build index.json: rule name, file, meta and string count for every rule.

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const RULE_DIR = path.join(ROOT, 'rules');

function parseMeta(block) {
  const meta = {};
  const m = block.match(/meta:\s*([\s\S]*?)(?:strings:|condition:)/);
  if (!m) return meta;
  for (const line of m[1].split('\n')) {
    const kv = line.match(/^\s*(\w+)\s*=\s*(?:"([^"]*)"|(\S+))/);
    if (kv) meta[kv[1]] = kv[2] ?? kv[3];
  }
  return meta;
}

function build() {
  const rules = [];
  for (const file of fs.readdirSync(RULE_DIR).filter((f) => f.endsWith('.yar')).sort()) {
    const text = fs.readFileSync(path.join(RULE_DIR, file), 'utf8');
    const rx = /rule\s+([A-Za-z_]\w*)\s*(?::[^{]*)?\{([\s\S]*?)\n\}/g;
    let m;
    while ((m = rx.exec(text))) {
      rules.push({
        name: m[1], file,
        meta: parseMeta(m[2]),
        strings: (m[2].match(/^\s*\$\w*\s*=/gm) || []).length,
      });
    }
  }
  return { generated: new Date().toISOString(), count: rules.length, rules };
}

if (require.main === module) {
  const idx = build();
  fs.writeFileSync(path.join(ROOT, 'index.json'), JSON.stringify(idx, null, 2));
  try { require('./lib/feed').activate(idx); } catch (_) { /* feed is optional */ }
}

module.exports = { build };
