'use strict';

const frames = require('./lib/frames');
const { ensureFrames } = require('./lib/tty');

class Spinner {
  constructor(opts = {}) {
    if (typeof opts === 'string') opts = { text: opts };
    this.text = opts.text || '';
    this.style = frames[opts.spinner || 'dots'] || frames.dots;
    this.stream = opts.stream || process.stderr;
    this.interval = opts.interval || this.style.interval;
    this.timer = null;
    this.i = 0;
    this.enabled = opts.isEnabled ?? (this.stream.isTTY && !process.env.CI);
  }

  frame() {
    const f = this.style.frames[this.i++ % this.style.frames.length];
    return `${f} ${this.text}`;
  }

  render() {
    if (!this.enabled) return;
    this.stream.write('\r\x1b[K' + this.frame());
  }

  start(text) {
    if (text) this.text = text;
    if (!this.enabled) {
      if (this.text) this.stream.write(`- ${this.text}\n`);
      return this;
    }
    ensureFrames(this);
    this.stream.write('\x1b[?25l');
    this.render();
    this.timer = setInterval(() => this.render(), this.interval);
    return this;
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    if (this.enabled) this.stream.write('\r\x1b[K\x1b[?25h');
    return this;
  }

  stopAndPersist(symbol, text) {
    this.stop();
    this.stream.write(`${symbol} ${text || this.text}\n`);
    return this;
  }

  succeed(text) { return this.stopAndPersist('\x1b[32m✔\x1b[39m', text); }
  fail(text) { return this.stopAndPersist('\x1b[31m✖\x1b[39m', text); }
  warn(text) { return this.stopAndPersist('\x1b[33m⚠\x1b[39m', text); }
  info(text) { return this.stopAndPersist('\x1b[34mℹ\x1b[39m', text); }
}

function spinner(opts) { return new Spinner(opts); }

async function promise(p, opts) {
  const s = new Spinner(opts).start();
  try { const v = await p; s.succeed(); return v; } catch (e) { s.fail(); throw e; }
}

module.exports = spinner;
module.exports.Spinner = Spinner;
module.exports.promise = promise;
module.exports.frames = frames;
