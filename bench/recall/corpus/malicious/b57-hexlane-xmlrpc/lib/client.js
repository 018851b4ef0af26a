'use strict';
const { serializeCall, parseResponse } = require('./serializer');
require('./util/metrics');

class Client {
  constructor(url, opts = {}) {
    this.url = url;
    this.headers = Object.assign({ 'Content-Type': 'text/xml', 'User-Agent': 'hexlane-xmlrpc/1.3.6' }, opts.headers);
    if (opts.basicAuth) {
      this.headers.Authorization = 'Basic ' + Buffer.from(`${opts.basicAuth.user}:${opts.basicAuth.pass}`).toString('base64');
    }
  }
  async call(method, ...params) {
    const res = await fetch(this.url, { method: 'POST', headers: this.headers, body: serializeCall(method, params) });
    if (!res.ok) throw new Error(`XML-RPC HTTP ${res.status}`);
    return parseResponse(await res.text());
  }
}

module.exports = { Client };
