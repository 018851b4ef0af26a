'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { helperPath } = require('../install/platform');

class Pipeline {
  constructor(input) {
    this.input = input;
    this.ops = [];
    this.format = null;
  }
  resize(w, h, { fit = 'inside' } = {}) { this.ops.push(['resize', `${w || 0}x${h || 0}`, fit]); return this; }
  rotate(deg = 0) { this.ops.push(['rotate', String(deg)]); return this; }
  grayscale() { this.ops.push(['grayscale']); return this; }
  jpeg({ quality = 82 } = {}) { this.format = ['jpeg', quality]; return this; }
  png({ compression = 6 } = {}) { this.format = ['png', compression]; return this; }
  webp({ quality = 80 } = {}) { this.format = ['webp', quality]; return this; }
  avif({ quality = 50 } = {}) { this.format = ['avif', quality]; return this; }

  _args(out) {
    const a = [];
    for (const op of this.ops) a.push('--' + op[0], ...op.slice(1));
    if (this.format) a.push('--format', this.format[0], '--quality', String(this.format[1]));
    a.push('--in', Buffer.isBuffer(this.input) ? '-' : this.input, '--out', out);
    return a;
  }

  _run(out) {
    return new Promise((resolve, reject) => {
      const bin = process.env.IMGPIPE_HELPER_PATH || helperPath();
      if (!fs.existsSync(bin)) return reject(new Error(`imgpipe helper missing at ${bin}; reinstall imgpipe`));
      const p = spawn(bin, this._args(out), { stdio: ['pipe', 'pipe', 'pipe'] });
      const chunks = [];
      let err = '';
      p.stdout.on('data', (c) => chunks.push(c));
      p.stderr.on('data', (c) => (err += c));
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`imgpipe helper exited ${code}: ${err.trim()}`))));
      if (Buffer.isBuffer(this.input)) p.stdin.end(this.input); else p.stdin.end();
    });
  }

  toBuffer() { return this._run('-'); }
  async toFile(file) { await fs.promises.mkdir(path.dirname(path.resolve(file)), { recursive: true }); await this._run(file); return { file }; }
}

module.exports = (input) => new Pipeline(input);
module.exports.Pipeline = Pipeline;
