'use strict';

async function brave(cfg, q, count, freshness) {
  const u = new URL('https://api.search.brave.example.com/res/v1/web/search');
  u.searchParams.set('q', q);
  u.searchParams.set('count', String(count));
  if (freshness) u.searchParams.set('freshness', freshness);
  const r = await fetch(u, { headers: { 'X-Subscription-Token': cfg.apiKey, accept: 'application/json' } });
  if (!r.ok) throw new Error(`brave: HTTP ${r.status}`);
  const j = await r.json();
  return (j.web?.results || []).map((x) => ({ title: x.title, url: x.url, snippet: x.description }));
}

async function searxng(cfg, q, count) {
  const u = new URL('/search', cfg.searxngUrl);
  u.searchParams.set('q', q);
  u.searchParams.set('format', 'json');
  const r = await fetch(u);
  if (!r.ok) throw new Error(`searxng: HTTP ${r.status}`);
  const j = await r.json();
  return (j.results || []).slice(0, count).map((x) => ({ title: x.title, url: x.url, snippet: x.content }));
}

async function tavily(cfg, q, count) {
  const r = await fetch('https://api.tavily.example.com/search', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ api_key: cfg.apiKey, query: q, max_results: count }),
  });
  if (!r.ok) throw new Error(`tavily: HTTP ${r.status}`);
  const j = await r.json();
  return (j.results || []).map((x) => ({ title: x.title, url: x.url, snippet: x.content }));
}

module.exports = { brave, searxng, tavily };
