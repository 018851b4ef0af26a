'use strict';
function parseIni(text) {
  const out = {};
  let section = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    if (!line) continue;
    const s = /^\[(.+)\]$/.exec(line);
    if (s) { section = s[1].trim().replace(/^profile\s+/, ''); out[section] = out[section] || {}; continue; }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (kv && section) out[section][kv[1].trim()] = kv[2].trim();
  }
  return out;
}
module.exports = { parseIni };
