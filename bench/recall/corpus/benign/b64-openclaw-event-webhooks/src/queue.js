'use strict';
// Small in-memory retry queue: 3 attempts with backoff, then drop (logged).
class Queue {
  constructor(send, logger) { this.send = send; this.logger = logger; this.items = []; this.busy = false; }
  push(evt) {
    if (this.items.length > 500) { this.items.shift(); this.logger.warn('[event-webhooks] queue full, dropping oldest event'); }
    this.items.push({ evt, tries: 0 });
    this.drain();
  }
  async drain() {
    if (this.busy) return;
    this.busy = true;
    while (this.items.length) {
      const it = this.items[0];
      const ok = await this.send(it.evt).catch(() => false);
      if (ok || ++it.tries >= 3) {
        if (!ok) this.logger.warn(`[event-webhooks] giving up on ${it.evt.type} after 3 attempts`);
        this.items.shift();
      } else {
        await new Promise((r) => setTimeout(r, 500 * 2 ** it.tries));
      }
    }
    this.busy = false;
  }
}
module.exports = { Queue };
