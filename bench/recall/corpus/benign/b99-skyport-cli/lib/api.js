'use strict';
const { readAuth } = require('./auth');
const pkg = require('../package.json');

const API_URL = process.env.SKYPORT_API_URL || 'https://api.skyport.example.com';

class SkyportError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error.message : `Skyport API responded with ${status}`);
    this.status = status;
  }
}

async function request(method, pathname, { body, token, headers = {}, raw = false } = {}) {
  const auth = token ? { token } : readAuth();
  const h = { 'user-agent': `skyport-cli/${pkg.version} node/${process.version}`, ...headers };
  if (auth) h.authorization = `Bearer ${auth.token}`;
  if (body && !raw) h['content-type'] = 'application/json';
  const res = await fetch(new URL(pathname, API_URL), {
    method,
    headers: h,
    body: raw ? body : body ? JSON.stringify(body) : undefined,
    duplex: raw ? 'half' : undefined,
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new SkyportError(res.status, json);
  return json;
}

module.exports = { request, API_URL, SkyportError };
