'use strict';

const { Resolver } = require('dns').promises;
const crypto = require('crypto');

const DEFAULT_RESOLVERS = ['system'];

function resolverFor(server) {
  const r = new Resolver({ timeout: 3000, tries: 1 });
  if (server !== 'system') r.setServers([server]);
  return r;
}

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  try {
    const answer = await fn();
    return { ok: true, ms: Number(process.hrtime.bigint() - t0) / 1e6, answer };
  } catch (e) {
    return { ok: false, ms: Number(process.hrtime.bigint() - t0) / 1e6, error: e.code || e.message };
  }
}

function fmt(type, answer) {
  if (type === 'TXT') return answer.map((chunks) => chunks.join(''));
  if (type === 'MX') return answer.sort((a, b) => a.priority - b.priority).map((m) => `${m.priority} ${m.exchange}`);
  return answer;
}

async function compare(name, type = 'A', resolvers = DEFAULT_RESOLVERS) {
  return Promise.all(resolvers.map(async (server) => {
    const r = resolverFor(server);
    const res = await timed(() => r.resolve(name, type));
    return { server, ...res, answer: res.ok ? fmt(type, res.answer) : undefined };
  }));
}

async function mail(domain, server = 'system') {
  const r = resolverFor(server);
  const [txt, dmarc, mx] = await Promise.all([
    timed(() => r.resolveTxt(domain)),
    timed(() => r.resolveTxt(`_dmarc.${domain}`)),
    timed(() => r.resolveMx(domain)),
  ]);
  const spf = txt.ok ? fmt('TXT', txt.answer).filter((t) => t.startsWith('v=spf1')) : [];
  const dm = dmarc.ok ? fmt('TXT', dmarc.answer).filter((t) => t.startsWith('v=DMARC1')) : [];
  return {
    spf: spf.length === 1 ? spf[0] : spf.length ? `MULTIPLE (${spf.length}) – invalid` : 'missing',
    dmarc: dm[0] || 'missing',
    mx: mx.ok ? fmt('MX', mx.answer) : [],
  };
}

async function cache(zone, server = 'system', rounds = 3) {
  const r = resolverFor(server);
  const rows = [];
  for (let i = 0; i < rounds; i++) {
    const name = `${crypto.randomBytes(6).toString('hex')}.${zone}`;
    const cold = await timed(() => r.resolve4(name));
    const warm = await timed(() => r.resolve4(name));
    rows.push({ name, coldMs: cold.ms, warmMs: warm.ms, cold: cold.ok ? 'answer' : cold.error, warm: warm.ok ? 'answer' : warm.error });
  }
  return rows;
}

module.exports = { compare, mail, cache, DEFAULT_RESOLVERS };
