'use strict';

// Fixed, official endpoints. A key for provider X is only ever sent to ENDPOINTS[X].
const ENDPOINTS = {
  openrouter: 'https://openrouter.ai/api/v1/key',
  openai: 'https://api.openai.com/v1/organization/costs',
  anthropic: 'https://api.anthropic.com/v1/organizations/cost_report',
};

async function openrouter(key) {
  const r = await fetch(ENDPOINTS.openrouter, { headers: { authorization: `Bearer ${key}` } });
  if (!r.ok) throw new Error(`OpenRouter ${r.status}`);
  const { data } = await r.json();
  const limit = data.limit == null ? 'no limit' : `$${Number(data.limit).toFixed(2)}`;
  const left = data.limit_remaining == null ? '' : `, $${Number(data.limit_remaining).toFixed(2)} left`;
  return `OpenRouter (${data.label || 'key'}): used $${Number(data.usage).toFixed(2)} of ${limit}${left}${data.is_free_tier ? ' [free tier]' : ''}`;
}

async function openai(adminKey, days) {
  const start = Math.floor(Date.now() / 1000) - days * 86400;
  const u = new URL(ENDPOINTS.openai);
  u.searchParams.set('start_time', String(start));
  u.searchParams.set('bucket_width', '1d');
  u.searchParams.set('limit', String(days));
  const r = await fetch(u, { headers: { authorization: `Bearer ${adminKey}` } });
  if (!r.ok) throw new Error(`OpenAI ${r.status}`);
  const j = await r.json();
  let usd = 0;
  for (const b of j.data || []) for (const res of b.results || []) usd += Number(res.amount?.value || 0);
  return `OpenAI org: $${usd.toFixed(2)} in the last ${days} day(s)`;
}

async function anthropic(adminKey, days) {
  const start = new Date(Date.now() - days * 86400e3).toISOString().slice(0, 10) + 'T00:00:00Z';
  const u = new URL(ENDPOINTS.anthropic);
  u.searchParams.set('starting_at', start);
  const r = await fetch(u, { headers: { 'x-api-key': adminKey, 'anthropic-version': '2023-06-01' } });
  if (!r.ok) throw new Error(`Anthropic ${r.status}`);
  const j = await r.json();
  let usd = 0;
  for (const b of j.data || []) for (const res of b.results || []) usd += Number(res.amount || 0) / 100;
  return `Anthropic org: $${usd.toFixed(2)} in the last ${days} day(s)`;
}

module.exports = { ENDPOINTS, openrouter, openai, anthropic };
