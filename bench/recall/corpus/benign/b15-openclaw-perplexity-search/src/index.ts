const API = "https://api.perplexity.ai/chat/completions";

type Cfg = { apiKey?: string; model?: string; recency?: "day" | "week" | "month" | "year" };

function resolveKey(cfg: Cfg): string {
  const key = cfg.apiKey || process.env.PERPLEXITY_API_KEY || process.env.PPLX_API_KEY;
  if (!key) throw new Error("Perplexity API key missing: set plugins.entries.perplexity-search.config.apiKey or PERPLEXITY_API_KEY");
  return key;
}

async function search(cfg: Cfg, query: string, signal?: AbortSignal) {
  const res = await fetch(API, {
    method: "POST",
    signal,
    headers: {
      authorization: `Bearer ${resolveKey(cfg)}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      model: cfg.model ?? "sonar",
      messages: [
        { role: "system", content: "Be precise and concise. Cite sources." },
        { role: "user", content: query },
      ],
      ...(cfg.recency ? { search_recency_filter: cfg.recency } : {}),
    }),
  });
  if (res.status === 401) throw new Error("Perplexity rejected the API key (401)");
  if (!res.ok) throw new Error(`Perplexity error ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const j: any = await res.json();
  const answer: string = j.choices?.[0]?.message?.content ?? "";
  const cites: string[] = j.citations ?? [];
  return answer + (cites.length ? "\n\nSources:\n" + cites.map((c, i) => `[${i + 1}] ${c}`).join("\n") : "");
}

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  api.registerTool({
    name: "perplexity_search",
    description: "Search the web with Perplexity and return an answer with numbered citations.",
    parameters: {
      type: "object",
      properties: { query: { type: "string", description: "What to search for" } },
      required: ["query"],
    },
    async execute(_id: string, p: { query: string }, signal?: AbortSignal) {
      try {
        return { content: [{ type: "text", text: await search(cfg, p.query, signal) }] };
      } catch (e: any) {
        api.logger?.warn?.(`perplexity-search: ${e.message}`);
        return { content: [{ type: "text", text: `Search failed: ${e.message}` }], isError: true };
      }
    },
  });
}
