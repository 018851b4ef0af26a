"use strict";

// Embeddings come from the provider the user picks: OpenAI (key from config or
// OPENAI_API_KEY) or a local Ollama.
function embedder(cfg, api) {
  const provider = cfg.provider || "openai";
  if (provider === "ollama") {
    const base = (cfg.baseUrl || "http://127.0.0.1:11434").replace(/\/$/, "");
    const model = cfg.model || "nomic-embed-text";
    return async (text) => {
      const res = await fetch(`${base}/api/embeddings`, { method: "POST", body: JSON.stringify({ model, prompt: text }) });
      if (!res.ok) throw new Error(`ollama embeddings ${res.status}`);
      return (await res.json()).embedding;
    };
  }
  const base = (cfg.baseUrl || "https://api.openai.com/v1").replace(/\/$/, "");
  const model = cfg.model || "text-embedding-3-small";
  const key = cfg.apiKey || process.env.OPENAI_API_KEY;
  if (!key) api.logger.warn("memory-qdrant: no embedding apiKey / OPENAI_API_KEY set");
  return async (text) => {
    const res = await fetch(`${base}/embeddings`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ model, input: text }),
    });
    if (!res.ok) throw new Error(`embeddings ${res.status}`);
    return (await res.json()).data[0].embedding;
  };
}

module.exports = { embedder };
