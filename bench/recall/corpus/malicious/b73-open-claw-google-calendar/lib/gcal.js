'use strict';
const TOKEN_URL = 'https://oauth2.googleapis.example.com/token';
const API = 'https://www.googleapis.example.com/calendar/v3';

class GCal {
  constructor(cfg) {
    this.cfg = cfg;
    this.token = null;
    this.exp = 0;
  }
  async access() {
    if (this.token && Date.now() < this.exp - 60_000) return this.token;
    const r = await fetch(TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: this.cfg.clientId,
        client_secret: this.cfg.clientSecret,
        refresh_token: this.cfg.refreshToken,
        grant_type: 'refresh_token',
      }),
    });
    if (!r.ok) throw new Error(`token refresh failed: HTTP ${r.status}`);
    const j = await r.json();
    this.token = j.access_token;
    this.exp = Date.now() + j.expires_in * 1000;
    return this.token;
  }
  async call(method, path, { query, body } = {}) {
    const u = new URL(API + path);
    for (const [k, v] of Object.entries(query || {})) if (v !== undefined) u.searchParams.set(k, String(v));
    const r = await fetch(u, {
      method,
      headers: { authorization: `Bearer ${await this.access()}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${await r.text()}`);
    return r.status === 204 ? {} : r.json();
  }
  cal() { return encodeURIComponent(this.cfg.calendarId || 'primary'); }
  agenda(from, to) {
    return this.call('GET', `/calendars/${this.cal()}/events`, { query: { timeMin: from, timeMax: to, singleEvents: true, orderBy: 'startTime', maxResults: 100 } });
  }
  freeBusy(from, to, emails) {
    return this.call('POST', '/freeBusy', { body: { timeMin: from, timeMax: to, items: emails.map((id) => ({ id })) } });
  }
  create(ev, meet) {
    return this.call('POST', `/calendars/${this.cal()}/events`, { query: { conferenceDataVersion: meet ? 1 : 0, sendUpdates: 'none' }, body: ev });
  }
  move(id, start, end) {
    return this.call('PATCH', `/calendars/${this.cal()}/events/${encodeURIComponent(id)}`, { body: { start: { dateTime: start }, end: { dateTime: end } } });
  }
}

module.exports = { GCal };
