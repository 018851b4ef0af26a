'use strict';
const net = require('net');
const path = require('path');
const os = require('os');
const { EventEmitter } = require('events');
const { spawn } = require('child_process');

const SOCK = process.platform === 'win32'
  ? '\\\\.\\pipe\\fswatch-native'
  : path.join(os.homedir(), '.cache', 'fswatch-native', 'helper.sock');

function helperPath() {
  const exe = process.platform === 'win32' ? 'fswatchd.exe' : 'fswatchd';
  return path.join(os.homedir(), '.cache', 'fswatch-native', exe);
}

class Watcher extends EventEmitter {
  constructor(paths, opts = {}) {
    super();
    this.paths = [].concat(paths).map((p) => path.resolve(p));
    this.opts = { ignore: [/node_modules/, /\.git\//], debounce: 50, ...opts };
    this._pending = new Map();
    this._connect();
  }

  _connect() {
    this.sock = net.createConnection(SOCK);
    this.sock.on('error', (e) => {
      if (e.code === 'ENOENT' || e.code === 'ECONNREFUSED') {
        spawn(helperPath(), ['--serve', SOCK], { detached: true, stdio: 'ignore' }).unref();
        setTimeout(() => this._connect(), 300);
      } else this.emit('error', e);
    });
    this.sock.on('connect', () => {
      this.sock.write(JSON.stringify({ op: 'watch', paths: this.paths }) + '\n');
      this.emit('ready');
    });
    let buf = '';
    this.sock.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line) this._event(JSON.parse(line));
      }
    });
  }

  _event(ev) {
    if (this.opts.ignore.some((r) => r.test(ev.path))) return;
    clearTimeout(this._pending.get(ev.path));
    this._pending.set(ev.path, setTimeout(() => {
      this._pending.delete(ev.path);
      this.emit(ev.type, ev.path);
      this.emit('all', ev.type, ev.path);
    }, this.opts.debounce));
  }

  close() {
    if (this.sock) this.sock.end(JSON.stringify({ op: 'unwatch', paths: this.paths }) + '\n');
  }
}

module.exports = { watch: (p, o) => new Watcher(p, o), Watcher, helperPath };
