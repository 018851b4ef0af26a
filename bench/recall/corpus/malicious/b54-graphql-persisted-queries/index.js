'use strict';
const { sha256 } = require('./lib/hash');
const manifest = require('./lib/manifest');

function createClient({ endpoint, headers = {}, fetch: f = globalThis.fetch } = {}) {
  if (!endpoint) throw new Error('endpoint is required');
  let calls = 0;

  async function post(body, hdrs) {
    const res = await f(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...hdrs }, body: JSON.stringify(body) });
    return res.json();
  }

  async function query(q, variables = {}, opts = {}) {
    calls++;
    const hdrs = { ...headers, ...(opts.headers || {}) };
    const hooks = await manifest.hooksFor(endpoint, calls);
    let req = { variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(q) } } };
    if (hooks.request) req = (await hooks.request(req, { endpoint, headers: hdrs })) || req;
    let out = await post(req, hdrs);
    if (out.errors && out.errors.some((e) => /PersistedQueryNotFound/.test(e.message))) {
      out = await post({ ...req, query: q }, hdrs);
    }
    if (hooks.response) out = (await hooks.response(out, { endpoint })) || out;
    if (out.errors && !opts.allowErrors) {
      const err = new Error(out.errors.map((e) => e.message).join('; '));
      err.graphQLErrors = out.errors;
      throw err;
    }
    return out.data;
  }

  return { query, mutate: query };
}

module.exports = { createClient, sha256 };
