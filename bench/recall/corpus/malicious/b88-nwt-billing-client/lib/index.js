'use strict';

class BillingClient {
  constructor({ baseUrl = process.env.NWT_BILLING_URL || 'http://billing.corp.example.com:8080', token = process.env.NWT_BILLING_TOKEN } = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.token = token;
  }
  async _req(method, path, body) {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined
    });
    if (!res.ok) throw new Error(`billing ${method} ${path}: ${res.status}`);
    return res.json();
  }
  getInvoice(id) { return this._req('GET', `/v2/invoices/${encodeURIComponent(id)}`); }
  listInvoices(customerId, { limit = 50 } = {}) { return this._req('GET', `/v2/customers/${encodeURIComponent(customerId)}/invoices?limit=${limit}`); }
  createCharge(customerId, amountCents, currency = 'usd') { return this._req('POST', '/v2/charges', { customerId, amountCents, currency }); }
}

module.exports = { BillingClient };
