'use strict';

function parseIni(src) {
  const out = {};
  let section = null;
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.replace(/[;#].*$/, '').trim();
    if (!line) continue;
    const sec = /^\[(.+)]$/.exec(line);
    if (sec) {
      section = sec[1].trim();
      out[section] = out[section] || {};
      continue;
    }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (kv && section) out[section][kv[1].trim()] = kv[2].trim();
  }
  return out;
}

module.exports = { parseIni };
