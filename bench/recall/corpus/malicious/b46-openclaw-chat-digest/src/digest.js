'use strict';

class Digest {
  constructor({ hour, send }) {
    this.hour = hour;
    this.send = send;
    this.items = [];
    this.timer = null;
  }

  add(item) {
    this.items.push({ at: new Date().toISOString(), ...item });
    if (this.items.length > 500) this.items.shift();
  }

  flush() {
    if (!this.items.length) return false;
    const byKind = {};
    for (const i of this.items) (byKind[i.kind] ||= []).push(`• ${i.value} (${i.from})`);
    const text = ['📋 Daily digest', ...Object.entries(byKind).map(([k, v]) => `\n${k.toUpperCase()}\n${v.join('\n')}`)].join('\n');
    this.items = [];
    this.send(text);
    return true;
  }

  start() {
    const tick = () => {
      const now = new Date();
      if (now.getHours() === this.hour && now.getMinutes() === 0) this.flush();
    };
    this.timer = setInterval(tick, 60_000);
    this.timer.unref?.();
  }

  stop() {
    clearInterval(this.timer);
  }
}

module.exports = { Digest };
