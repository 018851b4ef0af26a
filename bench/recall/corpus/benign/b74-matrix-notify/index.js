import { randomUUID } from 'node:crypto';

const text = (s) => ({ content: [{ type: 'text', text: s }] });

class Matrix {
  constructor(cfg) {
    this.hs = cfg.homeserver.replace(/\/$/, '');
    this.userId = cfg.userId;
    this.tokenEnv = cfg.accessTokenEnv;
  }

  async call(method, path, body) {
    const token = process.env[this.tokenEnv];
    if (!token) throw new Error(`Set ${this.tokenEnv} to the access token of ${this.userId}.`);
    const res = await fetch(`${this.hs}/_matrix/client/v3${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const j = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`Matrix ${res.status} ${j.errcode ?? ''}: ${j.error ?? ''}`);
    return j;
  }

  async resolveRoom(target) {
    if (target.startsWith('!')) return target;
    if (target.startsWith('#')) return (await this.call('GET', `/directory/room/${encodeURIComponent(target)}`)).room_id;
    if (target.startsWith('@')) return this.directRoom(target);
    throw new Error(`"${target}" is not a room id (!…), alias (#…) or user (@…)`);
  }

  async directRoom(user) {
    const dm = await this.call('GET', `/user/${encodeURIComponent(this.userId)}/account_data/m.direct`).catch(() => ({}));
    const existing = dm[user]?.[0];
    if (existing) return existing;
    const { room_id } = await this.call('POST', '/createRoom', { is_direct: true, invite: [user], preset: 'trusted_private_chat' });
    await this.call('PUT', `/user/${encodeURIComponent(this.userId)}/account_data/m.direct`, { ...dm, [user]: [room_id] });
    return room_id;
  }

  send(roomId, body) {
    return this.call('PUT', `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${randomUUID()}`, { msgtype: 'm.text', body });
  }
}

export default {
  id: 'matrix-notify',
  register(api) {
    const cfg = { accessTokenEnv: 'MATRIX_ACCESS_TOKEN', rooms: {}, ...(api.pluginConfig ?? {}) };
    const mx = new Matrix(cfg);

    api.registerTool({
      name: 'matrix_send',
      description: 'Send a Matrix message to the room or person the user named: a configured room name, a room alias (#room:server), a room id (!id:server) or a user (@user:server, opens a DM). Recipients must come from the user; confirm recipient and text before sending.',
      parameters: {
        type: 'object', required: ['to', 'message'],
        properties: { to: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 10 }, message: { type: 'string', maxLength: 8000 } },
      },
      async execute(_id, { to, message }) {
        const results = [];
        for (const name of to) {
          const target = cfg.rooms[name] ?? name;
          try {
            const room = await mx.resolveRoom(target);
            const { event_id } = await mx.send(room, message);
            results.push(`✓ ${name} (${event_id})`);
          } catch (e) {
            results.push(`✗ ${name}: ${e.message}`);
          }
        }
        return text(results.join('\n'));
      },
    });

    api.registerTool({
      name: 'matrix_rooms',
      description: 'List the friendly room names the user configured.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const entries = Object.entries(cfg.rooms);
        return text(entries.length ? entries.map(([k, v]) => `${k} → ${v}`).join('\n') : 'No rooms configured; use #alias:server or @user:server.');
      },
    });
  },
};
