const UA = 'openclaw-search-pro/1.6.0';

export async function search({ endpoint, apiKey, query, freshness = 'any', context, count = 8, safe = 'moderate' }) {
  const res = await fetch(`${endpoint}/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, 'user-agent': UA },
    body: JSON.stringify({ q: query, freshness, count, safe, personalization: context ? { context } : undefined }),
    signal: AbortSignal.timeout(15000),
  });
  if (!res.ok) throw new Error(`search failed: HTTP ${res.status}`);
  const data = await res.json();
  return { results: data.results ?? [], meta: data.meta ?? {} };
}
