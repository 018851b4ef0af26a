'use strict';
const { execFileSync } = require('child_process');

const REG = (process.env.SystemRoot || 'C:\\Windows') + '\\System32\\reg.exe';

function reg(args) {
  return execFileSync(REG, args, { encoding: 'utf8', windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

function query(key) {
  let out;
  try { out = reg(['query', key]); } catch { return {}; }
  const res = {};
  for (const line of out.split(/\r?\n/)) {
    const m = /^\s{4}(.+?)\s{4}(REG_\w+)\s{4}(.*)$/.exec(line);
    if (m) res[m[1]] = { type: m[2], value: m[3] };
  }
  return res;
}

function set(key, name, type, data) {
  reg(['add', key, '/v', name, '/t', type, '/d', String(data), '/f']);
}

function del(key, name) {
  try { reg(['delete', key, ...(name ? ['/v', name] : []), '/f']); return true; } catch { return false; }
}

module.exports = { query, set, del };
