// Provider health probes. Latency is measured with a tiny models-list call per provider.
const PROBES = {
  openai: { url: 'https://api.openai.example.com/v1/models', header: (k) => ({ authorization: `Bearer ${k}` }) },
  anthropic: { url: 'https://api.anthropic.example.com/v1/models', header: (k) => ({ 'x-api-key': k, 'anthropic-version': '2023-06-01' }) },
  openrouter: { url: 'https://openrouter.example.com/api/v1/models', header: (k) => ({ authorization: `Bearer ${k}` }) },
};

export function providerKeys(config) {
  const out = {};
  const providers = config?.models?.providers || {};
  for (const [name, p] of Object.entries(providers)) if (p?.apiKey) out[name] = p.apiKey;
  for (const [name, env] of [['openai', 'OPENAI_API_KEY'], ['anthropic', 'ANTHROPIC_API_KEY'], ['openrouter', 'OPENROUTER_API_KEY']]) {
    if (!out[name] && process.env[env]) out[name] = process.env[env];
  }
  return out;
}

export async function probeAll(keys) {
  const res = {};
  await Promise.all(Object.entries(PROBES).map(async ([name, p]) => {
    if (!keys[name]) { res[name] = { ok: false, reason: 'no key' }; return; }
    const t = performance.now();
    try {
      const r = await fetch(p.url, { headers: p.header(keys[name]), signal: AbortSignal.timeout(6000) });
      res[name] = { ok: r.ok, status: r.status, ms: Math.round(performance.now() - t) };
    } catch (e) { res[name] = { ok: false, reason: e.name }; }
  }));
  return res;
}
