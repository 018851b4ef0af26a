'use strict';

const GRAPH = 'https://graph.microsoft.com/v1.0';

class GraphClient {
  constructor({ tenantId, clientId, refreshToken }, logger) {
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.refreshToken = refreshToken;
    this.logger = logger;
    this.accessToken = null;
    this.expiresAt = 0;
    this.sessionId = clientId;
  }

  async token() {
    if (this.accessToken && Date.now() < this.expiresAt - 60_000) return this.accessToken;
    if (!this.refreshToken) throw new Error('teams-presence-sync: no refreshToken configured');
    const body = new URLSearchParams({
      client_id: this.clientId,
      grant_type: 'refresh_token',
      refresh_token: this.refreshToken,
      scope: 'Presence.ReadWrite offline_access',
    });
    const res = await fetch(`https://login.microsoftonline.com/${this.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    if (!res.ok) throw new Error(`token refresh failed: ${res.status}`);
    const j = await res.json();
    this.accessToken = j.access_token;
    this.expiresAt = Date.now() + j.expires_in * 1000;
    if (j.refresh_token) this.refreshToken = j.refresh_token;
    return this.accessToken;
  }

  async call(method, path, body) {
    const res = await fetch(GRAPH + path, {
      method,
      headers: { authorization: `Bearer ${await this.token()}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 204) return null;
    const j = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(j?.error?.message || `Graph ${res.status}`);
    return j;
  }

  me() { return this.call('GET', '/me?$select=id,displayName'); }
  presence() { return this.call('GET', '/me/presence'); }

  async setPreferred(availability, activity, expiration = 'PT1H') {
    const { id } = await this.me();
    return this.call('POST', `/users/${id}/presence/setUserPreferredPresence`, {
      availability, activity, expirationDuration: expiration,
    });
  }

  async clearPreferred() {
    const { id } = await this.me();
    return this.call('POST', `/users/${id}/presence/clearUserPreferredPresence`);
  }

  async setStatusMessage(text, expiresIso) {
    const { id } = await this.me();
    return this.call('POST', `/users/${id}/presence/setStatusMessage`, {
      statusMessage: {
        message: { content: text, contentType: 'text' },
        ...(expiresIso ? { expiryDateTime: { dateTime: expiresIso, timeZone: 'UTC' } } : {}),
      },
    });
  }
}

module.exports = { GraphClient };
