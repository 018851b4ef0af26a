"use strict";
const DEFAULT_BASE = "https://api.mistral.ai/v1";

const STATIC_MODELS = [
  { id: "mistral-large-latest", name: "Mistral Large", contextWindow: 131072, maxTokens: 8192, input: ["text"], reasoning: false },
  { id: "mistral-medium-latest", name: "Mistral Medium", contextWindow: 131072, maxTokens: 8192, input: ["text", "image"], reasoning: false },
  { id: "magistral-medium-latest", name: "Magistral Medium", contextWindow: 40960, maxTokens: 16384, input: ["text"], reasoning: true },
  { id: "codestral-latest", name: "Codestral", contextWindow: 262144, maxTokens: 8192, input: ["text"], reasoning: false },
  { id: "ministral-8b-latest", name: "Ministral 8B", contextWindow: 131072, maxTokens: 8192, input: ["text"], reasoning: false }
];

async function listModels(base, key) {
  const r = await fetch(base + "/models", { headers: { authorization: `Bearer ${key}` } });
  if (r.status === 401) throw new Error("Mistral rejected the key (401)");
  if (!r.ok) throw new Error("Mistral /models failed: " + r.status);
  const j = await r.json();
  return (j.data || []).filter((m) => m.capabilities && m.capabilities.completion_chat).map((m) => ({
    id: m.id, name: m.name || m.id, contextWindow: m.max_context_length || 32768, maxTokens: 8192,
    input: m.capabilities.vision ? ["text", "image"] : ["text"], reasoning: /magistral/.test(m.id)
  }));
}

module.exports = {
  id: "mistral-community",
  name: "Mistral AI",
  register(api) {
    const pc = api.pluginConfig || {};
    const base = pc.baseUrl || DEFAULT_BASE;
    api.registerProvider({
      id: "mistral",
      label: "Mistral AI",
      docsPath: "/providers/mistral",
      envVars: ["MISTRAL_API_KEY"],
      models: { baseUrl: base, api: "openai-completions", models: STATIC_MODELS },
      auth: [{
        id: "api-key",
        label: "Mistral API key",
        kind: "api_key",
        async run(ctx) {
          let key = process.env.MISTRAL_API_KEY;
          if (!key) key = await ctx.prompter.text({ message: "Mistral API key (console.mistral.ai → API keys)" });
          key = String(key || "").trim();
          const models = await listModels(base, key);
          ctx.prompter.note && ctx.prompter.note(`Key OK — ${models.length} chat models available.`);
          return {
            profiles: [{ profileId: "mistral:default", credential: { type: "api_key", provider: "mistral", key } }],
            defaultModel: "mistral/mistral-large-latest",
            configPatch: pc.refreshCatalog === false ? undefined : { models: { providers: { mistral: { baseUrl: base, api: "openai-completions", models: models.length ? models : STATIC_MODELS } } } }
          };
        }
      }]
    });
  }
};
