'use strict';
function parse(text) {
  const out = {};
  let cur = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec) { cur = out[sec[1].trim()] = {}; continue; }
    const kv = /^([^=]+)=(.*)$/.exec(line);
    if (kv && cur) cur[kv[1].trim()] = kv[2].trim();
  }
  return out;
}
function stringify(obj) {
  return Object.entries(obj).map(([s, kv]) =>
    `[${s}]\n` + Object.entries(kv).map(([k, v]) => `${k} = ${v}`).join('\n')).join('\n\n') + '\n';
}
module.exports = { parse, stringify };
