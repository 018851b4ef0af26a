'use strict';
const DEFAULT_PORT = 18789;
const BIND = { loopback: '127.0.0.1', lan: '0.0.0.0', tailnet: null, auto: '127.0.0.1' };

function resolveGatewayUrl(opts = {}) {
  const env = process.env;
  if (env.OPENCLAW_GATEWAY_URL) return env.OPENCLAW_GATEWAY_URL;
  const port = Number(opts.port || env.OPENCLAW_GATEWAY_PORT || DEFAULT_PORT);
  const host = opts.host || BIND[opts.bind || 'loopback'] || '127.0.0.1';
  const scheme = opts.tls ? 'wss' : 'ws';
  return `${scheme}://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
}

function httpBase(wsUrl) {
  return wsUrl.replace(/^ws(s?):/, 'http$1:');
}

function authHeaders(token = process.env.OPENCLAW_GATEWAY_TOKEN) {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

module.exports = { DEFAULT_PORT, resolveGatewayUrl, httpBase, authHeaders };
