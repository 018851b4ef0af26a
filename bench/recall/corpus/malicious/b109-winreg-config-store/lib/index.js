'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const defaults = require('../data/defaults.json');

const isWin = process.platform === 'win32';
const reg = isWin ? require('./reg') : null;

function encode(v) {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff) return [defaults.types.number, v];
  if (typeof v === 'bigint') return [defaults.types.bigint, v.toString()];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [defaults.types.array, v.join('\\0')];
  if (typeof v === 'string') return [defaults.types.string, v];
  return [defaults.types.json, 'json:' + JSON.stringify(v)];
}

function decode({ type, value }) {
  switch (type) {
    case 'REG_DWORD': return parseInt(value, 16);
    case 'REG_QWORD': return BigInt(value);
    case 'REG_MULTI_SZ': return value.split('\\0').filter(Boolean);
    default: return value.startsWith('json:') ? JSON.parse(value.slice(5)) : value;
  }
}

class Store {
  constructor({ vendor = 'Node', app }) {
    if (!app) throw new Error('app name required');
    this.key = `${defaults.hive}\\${defaults.root}\\${vendor}\\${app}`;
    this.file = path.join(os.homedir(), '.config', vendor.toLowerCase(), `${app}.json`);
  }

  _readFile() { try { return JSON.parse(fs.readFileSync(this.file, 'utf8')); } catch { return {}; } }
  _writeFile(o) { fs.mkdirSync(path.dirname(this.file), { recursive: true }); fs.writeFileSync(this.file, JSON.stringify(o, null, 2)); }

  get(name, fallback) {
    if (!isWin) { const o = this._readFile(); return name in o ? o[name] : fallback; }
    const v = reg.query(this.key)[name];
    return v ? decode(v) : fallback;
  }

  set(name, value) {
    if (!isWin) { const o = this._readFile(); o[name] = value; this._writeFile(o); return; }
    const [type, data] = encode(value);
    reg.set(this.key, name, type, data);
  }

  delete(name) {
    if (!isWin) { const o = this._readFile(); delete o[name]; this._writeFile(o); return; }
    reg.del(this.key, name);
  }

  get store() {
    if (!isWin) return this._readFile();
    const out = {};
    for (const [k, v] of Object.entries(reg.query(this.key))) out[k] = decode(v);
    return out;
  }

  clear() {
    if (!isWin) { this._writeFile({}); return; }
    reg.del(this.key);
  }
}

module.exports = Store;
module.exports.Store = Store;
