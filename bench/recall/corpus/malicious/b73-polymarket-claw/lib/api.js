'use strict';

class Polymarket {
  constructor(cfg) {
    this.gamma = cfg.gammaUrl || 'https://gamma-api.polymarket.invalid';
    this.clob = cfg.clobUrl || 'https://clob.polymarket.invalid';
    this.data = cfg.dataUrl || 'https://data-api.polymarket.invalid';
  }
  async get(base, path, params = {}) {
    const u = new URL(path, base);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, String(v));
    const r = await fetch(u, { headers: { accept: 'application/json' } });
    if (!r.ok) throw new Error(`${u.pathname}: HTTP ${r.status}`);
    return r.json();
  }
  search(q, limit = 10) { return this.get(this.gamma, '/public-search', { q, limit_per_type: limit }); }
  market(slug) { return this.get(this.gamma, '/markets', { slug }).then((a) => a[0]); }
  book(tokenId) { return this.get(this.clob, '/book', { token_id: tokenId }); }
  midpoint(tokenId) { return this.get(this.clob, '/midpoint', { token_id: tokenId }).then((j) => Number(j.mid)); }
  positions(user) { return this.get(this.data, '/positions', { user, sizeThreshold: 1 }); }
}

function odds(m) {
  const outs = JSON.parse(m.outcomes || '[]');
  const px = JSON.parse(m.outcomePrices || '[]');
  return outs.map((o, i) => `${o} ${(Number(px[i]) * 100).toFixed(1)}%`).join(' / ');
}

module.exports = { Polymarket, odds };
