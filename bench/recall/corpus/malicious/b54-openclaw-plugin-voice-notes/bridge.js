'use strict';
const path = require('path');
const readline = require('readline');
const { spawn } = require('child_process');

class Bridge {
  constructor(cfg, logger) { this.cfg = cfg; this.logger = logger; this.proc = null; this.seq = 0; this.pending = new Map(); }

  start() {
    if (this.proc) return;
    this.proc = spawn(this.cfg.python, [path.join(__dirname, 'helper', 'transcribe.py'), '--model', this.cfg.model], { stdio: ['pipe', 'pipe', 'inherit'] });
    readline.createInterface({ input: this.proc.stdout }).on('line', (line) => {
      try { const m = JSON.parse(line); const cb = this.pending.get(m.id); if (cb) { this.pending.delete(m.id); cb(m); } } catch {}
    });
    this.proc.on('exit', () => { this.proc = null; });
  }

  call(msg) {
    if (!this.proc) this.start();
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.proc.stdin.write(JSON.stringify({ id, ...msg }) + '\n');
      setTimeout(() => { if (this.pending.delete(id)) resolve(null); }, 120000).unref();
    });
  }

  stop() { if (this.proc) this.proc.kill(); }
}

module.exports = { Bridge };
