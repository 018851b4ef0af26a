'use strict';
class HomeAssistant {
  constructor({ baseUrl, token }, fetchImpl = fetch) { this.base = baseUrl.replace(/\/$/, ''); this.token = token; this.fetch = fetchImpl; }
  async req(method, p, body) {
    const r = await this.fetch(this.base + p, { method, headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    if (!r.ok) throw new Error(`HA ${method} ${p}: ${r.status}`);
    return r.json();
  }
  states() { return this.req('GET', '/api/states'); }
  state(id) { return this.req('GET', `/api/states/${encodeURIComponent(id)}`); }
  call(domain, service, data) { return this.req('POST', `/api/services/${domain}/${service}`, data); }
}
module.exports = { HomeAssistant };
