'use strict';
const dns = require('dns');
const { timeQuery } = require('./wire');

const METHODS = {
  A: 'resolve4', AAAA: 'resolve6', MX: 'resolveMx', TXT: 'resolveTxt', CNAME: 'resolveCname',
  NS: 'resolveNs', SOA: 'resolveSoa', CAA: 'resolveCaa', SRV: 'resolveSrv', PTR: 'resolvePtr'
};

async function lookup(name, type = 'A', server) {
  const r = new dns.promises.Resolver({ timeout: 4000, tries: 2 });
  if (server) r.setServers([server]);
  const m = METHODS[type.toUpperCase()];
  if (!m) throw new Error(`unsupported type ${type}`);
  const t0 = Date.now();
  try {
    const answer = await r[m](name);
    return { server: server || r.getServers()[0], type, ok: true, ms: Date.now() - t0, answer };
  } catch (e) {
    return { server: server || r.getServers()[0], type, ok: false, ms: Date.now() - t0, error: e.code };
  }
}

async function compare(name, type, servers) {
  const results = await Promise.all(servers.map((s) => lookup(name, type, s)));
  const norm = (a) => JSON.stringify(Array.isArray(a) ? [...a].map((x) => JSON.stringify(x)).sort() : a);
  const distinct = new Set(results.filter((r) => r.ok).map((r) => norm(r.answer)));
  return { results, consistent: distinct.size <= 1 };
}

module.exports = { lookup, compare, timeQuery, systemServers: () => dns.getServers() };
