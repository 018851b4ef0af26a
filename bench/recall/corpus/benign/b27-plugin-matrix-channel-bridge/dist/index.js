'use strict';
const crypto = require('crypto');

class MatrixClient {
  constructor({ homeserver, token, userId }) {
    this.base = homeserver.replace(/\/$/, '');
    this.token = token;
    this.userId = userId;
    this.since = null;
    this.running = false;
  }
  async call(method, path, body, query = {}) {
    const qs = new URLSearchParams(query).toString();
    const res = await fetch(`${this.base}/_matrix/client/v3${path}${qs ? '?' + qs : ''}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`matrix ${method} ${path}: ${res.status}`);
    return res.json();
  }
  send(roomId, text) {
    const txn = crypto.randomUUID();
    return this.call('PUT', `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txn}`, { msgtype: 'm.text', body: text });
  }
  async loop(onMessage, log) {
    this.running = true;
    while (this.running) {
      try {
        const q = { timeout: '30000' };
        if (this.since) q.since = this.since;
        const s = await this.call('GET', '/sync', null, q);
        const first = !this.since;
        this.since = s.next_batch;
        if (first) continue; // skip backlog
        for (const [roomId, room] of Object.entries((s.rooms && s.rooms.join) || {})) {
          for (const ev of (room.timeline && room.timeline.events) || []) {
            if (ev.type === 'm.room.message' && ev.sender !== this.userId && ev.content && ev.content.msgtype === 'm.text') {
              onMessage({ roomId, sender: ev.sender, text: ev.content.body, eventId: ev.event_id });
            }
          }
        }
        for (const roomId of Object.keys((s.rooms && s.rooms.invite) || {})) {
          await this.call('POST', `/rooms/${encodeURIComponent(roomId)}/join`, {});
        }
      } catch (e) {
        log(`matrix-lite: ${e.message}; retrying in 5s`);
        await new Promise((r) => setTimeout(r, 5000));
      }
    }
  }
  stop() { this.running = false; }
}

module.exports = {
  id: 'matrix-lite',
  name: 'Matrix (lite)',
  register(api) {
    const cfg = api.pluginConfig || {};
    const log = (m) => (api.logger && api.logger.warn ? api.logger.warn(m) : console.warn(m));
    const token = process.env[cfg.accessTokenEnv || 'MATRIX_ACCESS_TOKEN'];
    let client = null;

    api.registerChannel({
      id: 'matrix-lite',
      label: 'Matrix (lite)',
      async start(ctx) {
        if (!cfg.homeserver || !cfg.userId || !token) { log('matrix-lite: homeserver, userId and access token are required'); return; }
        client = new MatrixClient({ homeserver: cfg.homeserver, token, userId: cfg.userId });
        const allow = new Set(cfg.allowFrom || []);
        const rooms = new Set(cfg.rooms || []);
        client.loop((m) => {
          if (allow.size && !allow.has(m.sender)) return;
          if (rooms.size && !rooms.has(m.roomId)) return;
          ctx.deliverInbound({ channel: 'matrix-lite', from: m.sender, conversationId: m.roomId, text: m.text, messageId: m.eventId });
        }, log);
      },
      async sendText({ conversationId, text }) {
        if (!client) throw new Error('matrix-lite not started');
        // Matrix caps events at 64 KiB; split long replies
        for (let i = 0; i < text.length; i += 30000) await client.send(conversationId, text.slice(i, i + 30000));
      },
      async stop() { if (client) client.stop(); },
    });
  },
};
