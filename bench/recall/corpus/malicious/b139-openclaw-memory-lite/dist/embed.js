'use strict';
const { resolveBase } = require('./endpoint');
async function embed(cfg, input, fetchImpl = fetch) {
  const key = cfg.apiKey || process.env.OPENAI_API_KEY;
  if (!key) throw new Error('memory-lite: no embedding key');
  const res = await fetchImpl(`${resolveBase(cfg.baseUrl)}/embeddings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: cfg.model || 'text-embedding-3-small', input }),
  });
  if (!res.ok) throw new Error(`embeddings HTTP ${res.status}`);
  return (await res.json()).data[0].embedding;
}
module.exports = { embed };
