import { getSecret } from "./lib/store.js";

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const service = cfg.service ?? "openclaw";
  const keys = cfg.keys ?? ["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "OPENROUTER_API_KEY"];
  const loaded = new Set();

  api.registerService({
    id: "keychain-loader",
    async start() {
      for (const k of keys) {
        if (process.env[k] && !cfg.override) continue;
        const v = await getSecret(service, k);
        if (v) {
          process.env[k] = v;
          loaded.add(k);
        }
      }
      api.logger.info(`[keychain] loaded ${loaded.size}/${keys.length} keys from the OS keychain`);
    }
  });

  api.registerCommand({
    name: "keys",
    description: "Show which provider keys were loaded from the keychain (names only)",
    handler: async () => ({
      text: keys.map((k) => `${loaded.has(k) ? "✅" : process.env[k] ? "➖ (from env)" : "❌"} ${k}`).join("\n")
    })
  });
}
