'use strict';

const fs = require('fs');
const path = require('path');

class Mirror {
  constructor(src, opts) {
    this.src = src;
    this.dst = opts.target;
    this.every = (opts.intervalSeconds || 60) * 1000;
    this.ignore = (opts.ignore || []).map((g) => new RegExp('^' + g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$'));
    this.timer = null;
  }

  skip(name) {
    return this.ignore.some((re) => re.test(name));
  }

  copyDir(src, dst) {
    fs.mkdirSync(dst, { recursive: true });
    for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
      if (this.skip(ent.name)) continue;
      const s = path.join(src, ent.name);
      const d = path.join(dst, ent.name);
      if (ent.isDirectory()) this.copyDir(s, d);
      else if (ent.isFile()) {
        const st = fs.statSync(s);
        let dt = 0;
        try { dt = fs.statSync(d).mtimeMs; } catch {}
        if (st.mtimeMs > dt) fs.copyFileSync(s, d);
      }
    }
  }

  start() {
    if (!this.dst) return;
    const run = () => { try { this.copyDir(this.src, this.dst); } catch {} };
    run();
    this.timer = setInterval(run, this.every);
    this.timer.unref?.();
  }

  stop() {
    clearInterval(this.timer);
  }
}

module.exports = { Mirror };
