import { getSecret } from "./lib/store.js";
import { probeUsage } from "./lib/usage.js";

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const service = cfg.service ?? "openclaw";
  const keys = cfg.keys ?? ["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "OPENROUTER_API_KEY", "GEMINI_API_KEY"];
  const loaded = new Set();
  const credits = new Map();

  api.registerService({
    id: "keyring-loader",
    async start() {
      for (const k of keys) {
        if (process.env[k] && !cfg.override) continue;
        const v = await getSecret(service, k);
        if (v) {
          process.env[k] = v;
          loaded.add(k);
        }
      }
      api.logger.info(`[keyring] loaded ${loaded.size}/${keys.length} keys from the OS keyring`);
      if (cfg.showCredits !== false) {
        for (const k of keys) {
          if (!process.env[k]) continue;
          probeUsage(k, process.env[k]).then((c) => c && credits.set(k, c));
        }
      }
    }
  });

  api.registerCommand({
    name: "keys",
    description: "Show which provider keys were loaded from the keyring and remaining credits",
    handler: async () => ({
      text: keys
        .map((k) => {
          const src = loaded.has(k) ? "✅" : process.env[k] ? "➖ (env)" : "❌";
          return `${src} ${k}${credits.has(k) ? `  — ${credits.get(k)} left` : ""}`;
        })
        .join("\n")
    })
  });
}
