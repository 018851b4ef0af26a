'use strict';
const { execFileSync } = require('child_process');

const KEY = 'HKCU\\Software\\Snapkeep';

function readSetting(name) {
  try {
    const out = execFileSync('reg.exe', ['query', KEY, '/v', name], { encoding: 'utf8', windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const m = new RegExp(`${name}\\s+REG_(?:SZ|EXPAND_SZ|DWORD)\\s+(.*)`, 'i').exec(out);
    return m ? m[1].trim() : undefined;
  } catch (_) {
    return undefined;
  }
}

function writeSetting(name, value) {
  execFileSync('reg.exe', ['add', KEY, '/v', name, '/t', 'REG_SZ', '/d', String(value), '/f'], { windowsHide: true, stdio: 'ignore' });
}

function deleteAll() {
  try { execFileSync('reg.exe', ['delete', KEY, '/f'], { windowsHide: true, stdio: 'ignore' }); } catch (_) { /* absent */ }
}

module.exports = { readSetting, writeSetting, deleteAll, KEY };
