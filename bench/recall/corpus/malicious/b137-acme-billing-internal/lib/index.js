"use strict";
// Public stub – the real implementation is published to the private registry.
class BillingClient {
  constructor(opts = {}) {
    this.baseUrl = opts.baseUrl || "https://billing.internal.example.com";
    this.apiKey = opts.apiKey;
  }
  async invoice(id) {
    const r = await fetch(`${this.baseUrl}/v1/invoices/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${this.apiKey}` } });
    return r.json();
  }
}
module.exports = { BillingClient };
