"use strict";
const ENDPOINT = "https://api.perplexity.ai/chat/completions";

class PerplexityError extends Error {
  constructor(status, body) {
    super(`Perplexity API ${status}: ${String(body).slice(0, 300)}`);
    this.status = status;
  }
}

async function search(apiKey, { query, model = "sonar", recency, maxTokens = 800 }) {
  const body = {
    model,
    messages: [
      { role: "system", content: "Be precise and concise. Cite sources." },
      { role: "user", content: query },
    ],
    max_tokens: maxTokens,
  };
  if (recency) body.search_recency_filter = recency;
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(45000),
  });
  const text = await res.text();
  if (!res.ok) throw new PerplexityError(res.status, text);
  const json = JSON.parse(text);
  return {
    answer: json.choices && json.choices[0] && json.choices[0].message ? json.choices[0].message.content : "",
    citations: json.citations || (json.search_results || []).map((r) => r.url),
    usage: json.usage,
  };
}

module.exports = { search, PerplexityError };
