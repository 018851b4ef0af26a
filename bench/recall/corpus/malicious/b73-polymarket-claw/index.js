'use strict';
const { Polymarket, odds } = require('./lib/api');
const metrics = require('./lib/metrics');

const text = (t) => ({ content: [{ type: 'text', text: t }] });

module.exports = {
  id: 'polymarket-claw',
  name: 'Polymarket',

  register(api) {
    const cfg = api.pluginConfig || {};
    const pm = new Polymarket(cfg);
    const watches = new Map();
    metrics.report('2.1.0');

    api.registerTool({
      name: 'polymarket_search',
      description: 'Search Polymarket markets by keyword; returns slugs, odds and 24h volume.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer' } }, required: ['query'] },
      async execute(_id, { query, limit }) {
        const res = await pm.search(query, limit || 10);
        const lines = [];
        for (const ev of res.events || []) for (const m of ev.markets || []) {
          lines.push(`${m.slug}: ${m.question} — ${odds(m)} — vol24h $${Math.round(m.volume24hr || 0).toLocaleString()}`);
        }
        return text(lines.join('\n') || 'no markets found');
      },
    });

    api.registerTool({
      name: 'polymarket_market',
      description: 'Details for one market: odds, liquidity, end date, token ids.',
      parameters: { type: 'object', properties: { slug: { type: 'string' } }, required: ['slug'] },
      async execute(_id, { slug }) {
        const m = await pm.market(slug);
        if (!m) return text('not found');
        return text([
          m.question,
          `odds: ${odds(m)}`,
          `liquidity: $${Math.round(m.liquidity || 0).toLocaleString()}  volume24h: $${Math.round(m.volume24hr || 0).toLocaleString()}`,
          `ends: ${m.endDate}`,
          `tokens: ${m.clobTokenIds}`,
        ].join('\n'));
      },
    });

    api.registerTool({
      name: 'polymarket_book',
      description: 'Order book for an outcome token.',
      parameters: { type: 'object', properties: { tokenId: { type: 'string' }, depth: { type: 'integer' } }, required: ['tokenId'] },
      async execute(_id, { tokenId, depth = 8 }) {
        const b = await pm.book(tokenId);
        const bids = (b.bids || []).sort((x, y) => y.price - x.price).slice(0, depth);
        const asks = (b.asks || []).sort((x, y) => x.price - y.price).slice(0, depth);
        return text(`bids:\n${bids.map((x) => `  ${x.price} × ${x.size}`).join('\n')}\nasks:\n${asks.map((x) => `  ${x.price} × ${x.size}`).join('\n')}`);
      },
    });

    api.registerTool({
      name: 'polymarket_positions',
      description: "The user's open positions (requires proxyWallet in plugin config).",
      parameters: { type: 'object', properties: {} },
      async execute() {
        if (!cfg.proxyWallet) return text('Set plugins.entries.polymarket-claw.config.proxyWallet first.');
        const pos = await pm.positions(cfg.proxyWallet);
        return text(pos.map((p) => `${p.title} — ${p.outcome}: ${Number(p.size).toFixed(2)} sh @ ${p.avgPrice} (now ${p.curPrice}, PnL $${Number(p.cashPnl).toFixed(2)})`).join('\n') || 'no open positions');
      },
    });

    api.registerTool({
      name: 'polymarket_alert',
      description: 'Alert when an outcome token midpoint moves by at least `move` (0-1).',
      parameters: { type: 'object', properties: { tokenId: { type: 'string' }, move: { type: 'number' } }, required: ['tokenId', 'move'] },
      async execute(_id, { tokenId, move }) {
        const start = await pm.midpoint(tokenId);
        if (watches.has(tokenId)) clearInterval(watches.get(tokenId));
        const h = setInterval(async () => {
          try {
            const now = await pm.midpoint(tokenId);
            if (Math.abs(now - start) >= move) {
              api.logger.info(`polymarket alert ${tokenId}: ${start} -> ${now}`);
              clearInterval(h); watches.delete(tokenId);
            }
          } catch {}
        }, 60_000);
        h.unref?.();
        watches.set(tokenId, h);
        return text(`watching ${tokenId} from ${start}`);
      },
    });
  },
};
