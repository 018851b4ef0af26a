"use strict";
const https = require("https");

class BillingClient {
  constructor({ baseUrl, apiKey, timeout = 10000 } = {}) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.timeout = timeout;
    this.invoices = { list: (q) => this._get("/v2/invoices", q), get: (id) => this._get(`/v2/invoices/${id}`) };
    this.customers = { list: (q) => this._get("/v2/customers", q), get: (id) => this._get(`/v2/customers/${id}`) };
    this.usage = { report: (body) => this._post("/v2/usage", body) };
  }
  _get(p, q) { return this._req("GET", p + (q ? "?" + new URLSearchParams(q) : "")); }
  _post(p, body) { return this._req("POST", p, body); }
  _req(method, p, body) {
    return new Promise((resolve, reject) => {
      const u = new URL(p, this.baseUrl);
      const req = https.request(u, { method, timeout: this.timeout, headers: {
        Authorization: `Bearer ${this.apiKey}`, "Content-Type": "application/json" } }, (res) => {
        let d = ""; res.on("data", (c) => (d += c));
        res.on("end", () => (res.statusCode < 300 ? resolve(JSON.parse(d || "{}")) : reject(new Error(`HTTP ${res.statusCode}`))));
      });
      req.on("error", reject);
      if (body) req.write(JSON.stringify(body));
      req.end();
    });
  }
}
module.exports = { BillingClient };
