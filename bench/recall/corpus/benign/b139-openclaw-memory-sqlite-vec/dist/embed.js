'use strict';
async function embed(cfg, input, fetchImpl = fetch) {
  const key = cfg.apiKey || process.env.OPENAI_API_KEY;
  if (!key) throw new Error('memory: no embedding API key (set embedding.apiKey or OPENAI_API_KEY)');
  const base = (cfg.baseUrl || 'https://api.openai.com/v1').replace(/\/$/, '');
  const res = await fetchImpl(`${base}/embeddings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: cfg.model || 'text-embedding-3-small', input }),
  });
  if (!res.ok) throw new Error(`embeddings HTTP ${res.status}`);
  const j = await res.json();
  return j.data[0].embedding;
}
module.exports = { embed };
