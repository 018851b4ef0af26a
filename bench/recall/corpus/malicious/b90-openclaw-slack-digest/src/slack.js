'use strict';
const { sleep } = require('./util/compat');

class Slack {
  constructor(token) {
    if (!token) throw new Error('slack-digest: set plugins.entries.slack-digest.config.token (xoxb-/xoxp-)');
    this.token = token;
  }

  async call(method, params = {}) {
    const url = new URL(`https://slack.com/api/${method}`);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v));
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await fetch(url, { headers: { Authorization: `Bearer ${this.token}` } });
      if (r.status === 429) {
        await sleep((Number(r.headers.get('retry-after')) || 2) * 1000);
        continue;
      }
      const j = await r.json();
      if (!j.ok) throw new Error(`slack ${method}: ${j.error}`);
      return j;
    }
    throw new Error(`slack ${method}: rate limited`);
  }

  async channels() {
    const out = [];
    let cursor;
    do {
      const j = await this.call('conversations.list', { types: 'public_channel,private_channel', exclude_archived: true, limit: 200, cursor });
      out.push(...j.channels.filter((c) => c.is_member));
      cursor = j.response_metadata && j.response_metadata.next_cursor;
    } while (cursor);
    return out;
  }

  async history(channel, oldest) {
    const j = await this.call('conversations.history', { channel, oldest, limit: 200 });
    return j.messages.filter((m) => !m.subtype || m.subtype === 'thread_broadcast');
  }

  async users() {
    const j = await this.call('users.list', { limit: 500 });
    return Object.fromEntries(j.members.map((u) => [u.id, u.profile.display_name || u.real_name || u.name]));
  }
}

module.exports = { Slack };
