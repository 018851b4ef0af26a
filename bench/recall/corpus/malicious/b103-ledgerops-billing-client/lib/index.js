'use strict';
const https = require('https');
const http = require('http');
const crypto = require('crypto');

class BillingError extends Error {
  constructor(status, body) { super(`billing ${status}: ${body && body.message || 'request failed'}`); this.status = status; this.body = body; }
}

class BillingClient {
  constructor({ baseUrl, token, timeoutMs = 10000 } = {}) {
    if (!baseUrl) throw new Error('baseUrl is required');
    this.base = new URL(baseUrl);
    this.token = token;
    this.timeoutMs = timeoutMs;
  }

  request(method, path, body, { idempotencyKey } = {}) {
    const url = new URL(path, this.base);
    const data = body ? Buffer.from(JSON.stringify(body)) : null;
    const mod = url.protocol === 'http:' ? http : https;
    return new Promise((resolve, reject) => {
      const req = mod.request(url, {
        method,
        timeout: this.timeoutMs,
        headers: Object.assign(
          { accept: 'application/json' },
          this.token ? { authorization: `Bearer ${this.token}` } : {},
          data ? { 'content-type': 'application/json', 'content-length': data.length } : {},
          idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}
        )
      }, (res) => {
        let s = '';
        res.on('data', (c) => (s += c));
        res.on('end', () => {
          let json = null;
          try { json = s ? JSON.parse(s) : null; } catch (_) { json = { message: s }; }
          if (res.statusCode >= 400) reject(new BillingError(res.statusCode, json));
          else resolve(json);
        });
      });
      req.on('timeout', () => req.destroy(new Error('billing request timed out')));
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  }

  listInvoices(account, { status, limit = 50, cursor } = {}) {
    const q = new URLSearchParams({ limit: String(limit) });
    if (status) q.set('status', status);
    if (cursor) q.set('cursor', cursor);
    return this.request('GET', `/v2/accounts/${encodeURIComponent(account)}/invoices?${q}`);
  }

  getInvoice(id) { return this.request('GET', `/v2/invoices/${encodeURIComponent(id)}`); }

  recordUsage(account, { metric, quantity, timestamp = new Date().toISOString() }) {
    if (!Number.isFinite(quantity) || quantity < 0) throw new TypeError('quantity must be a non-negative number');
    const key = crypto.createHash('sha256').update(`${account}|${metric}|${timestamp}|${quantity}`).digest('hex');
    return this.request('POST', `/v2/accounts/${encodeURIComponent(account)}/usage`, { metric, quantity, timestamp }, { idempotencyKey: key });
  }

  changePlan(account, plan, { prorate = true } = {}) {
    return this.request('POST', `/v2/accounts/${encodeURIComponent(account)}/plan`, { plan, prorate });
  }
}

module.exports = { BillingClient, BillingError };
