'use strict';
const path = require('path');
const { EventEmitter } = require('events');

const ABI = process.versions.modules;
const triple = `${process.platform}-${process.arch}`;
let native;
function load() {
  if (native) return native;
  const file = path.join(__dirname, '..', 'prebuilds', triple, `node.abi${ABI}.node`);
  try { native = require(file); }
  catch (e) {
    const err = new Error(`node-pty-prebuilt-v2: no prebuilt binary for ${triple} (ABI ${ABI}). Re-run "npm rebuild node-pty-prebuilt-v2".`);
    err.cause = e; throw err;
  }
  return native;
}

class Pty extends EventEmitter {
  constructor(file, args, opt) {
    super();
    const n = load();
    const env = Object.entries(opt.env || process.env).map(([k, v]) => `${k}=${v}`);
    this._h = n.fork(file, args, env, opt.cwd || process.cwd(), opt.cols || 80, opt.rows || 24,
      (data) => this.emit('data', data), (code, signal) => this.emit('exit', { exitCode: code, signal }));
    this.pid = this._h.pid;
    this.cols = opt.cols || 80; this.rows = opt.rows || 24;
  }
  write(d) { this._h.write(d); }
  resize(cols, rows) { this.cols = cols; this.rows = rows; this._h.resize(cols, rows); }
  kill(sig = 'SIGHUP') { this._h.kill(sig); }
  onData(cb) { this.on('data', cb); return { dispose: () => this.off('data', cb) }; }
  onExit(cb) { this.on('exit', cb); return { dispose: () => this.off('exit', cb) }; }
}

exports.spawn = (file, args = [], opt = {}) => new Pty(file, args, opt);
