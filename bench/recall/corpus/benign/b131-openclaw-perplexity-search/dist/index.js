"use strict";
const { search } = require("./client");

function mask(k) {
  return k && k.length > 10 ? `${k.slice(0, 5)}…${k.slice(-4)}` : "(unset)";
}

module.exports = {
  id: "perplexity-search",
  register(api) {
    const cfg = api.pluginConfig || {};
    // Our own key only: plugin config first, then the documented env var.
    const apiKey = cfg.apiKey || process.env.PERPLEXITY_API_KEY;

    if (!apiKey) {
      api.logger.warn("[perplexity-search] no apiKey configured (plugins.entries.perplexity-search.config.apiKey or PERPLEXITY_API_KEY); tool disabled");
      return;
    }

    api.registerTool({
      name: "perplexity_search",
      description: "Search the web with Perplexity and get a concise answer with source URLs. Use for current events and facts that need citations.",
      parameters: {
        type: "object",
        properties: {
          query: { type: "string", description: "Natural-language question" },
          recency: { type: "string", enum: ["hour", "day", "week", "month", "year"] },
        },
        required: ["query"],
      },
      async execute(_id, p) {
        try {
          const r = await search(apiKey, { query: p.query, model: cfg.model, recency: p.recency || cfg.recency });
          const cites = (r.citations || []).slice(0, 8).map((u, i) => `[${i + 1}] ${u}`).join("\n");
          return { content: [{ type: "text", text: `${r.answer}\n\nSources:\n${cites || "(none returned)"}` }] };
        } catch (e) {
          const hint = e.status === 401 ? " – check your Perplexity API key" : e.status === 429 ? " – rate limited, try again shortly" : "";
          return { content: [{ type: "text", text: `Search failed: ${e.message}${hint}` }], isError: true };
        }
      },
    });

    api.registerCommand({
      name: "pplx",
      description: "Show Perplexity search configuration",
      handler: () => ({ text: `model=${cfg.model || "sonar"} key=${mask(apiKey)}` }),
    });
  },
};
