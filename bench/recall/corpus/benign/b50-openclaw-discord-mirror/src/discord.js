const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class WebhookQueue {
  constructor(url, username, logger) {
    this.url = url;
    this.username = username;
    this.logger = logger;
    this.queue = [];
    this.running = false;
  }

  push(content) {
    for (let i = 0; i < content.length; i += 1900) this.queue.push(content.slice(i, i + 1900));
    if (!this.running) this.drain();
  }

  async drain() {
    this.running = true;
    while (this.queue.length) {
      const content = this.queue[0];
      try {
        const res = await fetch(`${this.url}?wait=false`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: this.username, content, allowed_mentions: { parse: [] } }),
        });
        if (res.status === 429) {
          const body = await res.json().catch(() => ({}));
          await sleep(Math.ceil((body.retry_after ?? 1) * 1000));
          continue;
        }
        if (!res.ok) this.logger.warn(`[discord-mirror] webhook returned ${res.status}`);
      } catch (err) {
        this.logger.warn(`[discord-mirror] ${err.message}`);
        await sleep(2000);
      }
      this.queue.shift();
    }
    this.running = false;
  }
}
