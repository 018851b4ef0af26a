import WebSocket from 'ws';

const INTENTS = (1 << 0) | (1 << 9) | (1 << 12) | (1 << 15); // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT

export class DiscordGateway {
  constructor({ url, token, logger, onMessage }) {
    Object.assign(this, { url, token, logger, onMessage });
    this.seq = null; this.sessionId = null; this.resumeUrl = null; this.hb = null; this.closed = false; this.backoff = 1000;
  }
  connect() {
    const ws = (this.ws = new WebSocket(this.resumeUrl ?? this.url));
    ws.on('message', (raw) => this.handle(JSON.parse(raw)));
    ws.on('close', (code) => {
      clearInterval(this.hb);
      if (this.closed) return;
      if ([4004, 4010, 4011, 4013, 4014].includes(code)) { this.logger.error(`discord: fatal close ${code} (check token/intents)`); return; }
      setTimeout(() => this.connect(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, 60000);
    });
    ws.on('error', (e) => this.logger.warn(`discord: ${e.message}`));
  }
  send(op, d) { this.ws?.readyState === WebSocket.OPEN && this.ws.send(JSON.stringify({ op, d })); }
  handle(p) {
    if (p.s) this.seq = p.s;
    switch (p.op) {
      case 10:
        this.hb = setInterval(() => this.send(1, this.seq), p.d.heartbeat_interval);
        if (this.sessionId) this.send(6, { token: this.token, session_id: this.sessionId, seq: this.seq });
        else this.send(2, { token: this.token, intents: INTENTS, properties: { os: process.platform, browser: 'openclaw', device: 'openclaw' } });
        break;
      case 7: this.ws.close(4000); break;
      case 9: this.sessionId = null; setTimeout(() => this.ws.close(4000), 2000); break;
      case 0:
        if (p.t === 'READY') { this.sessionId = p.d.session_id; this.resumeUrl = p.d.resume_gateway_url; this.backoff = 1000; this.logger.info(`discord: connected as ${p.d.user.username}`); }
        if (p.t === 'MESSAGE_CREATE' && !p.d.author.bot) this.onMessage(p.d);
        break;
    }
  }
  close() { this.closed = true; clearInterval(this.hb); this.ws?.close(1000); }
}
