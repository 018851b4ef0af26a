import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { buildAuthMethods } from "./src/auth.js";
import { CatalogCache } from "./src/catalog.js";

const PROVIDER_ID = "openrouter-plus";
export const OPENROUTER_BASE = "https://openrouter.ai/api/v1";

type PluginCfg = {
  catalogRefreshHours?: number;
  includeFreeModels?: boolean;
  maxPromptPricePerM?: number;
  fallbacks?: string[];
};

export default {
  id: PROVIDER_ID,
  name: "OpenRouter Plus",
  description: "OpenRouter provider with a live model catalog",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as PluginCfg;
    const catalog = new CatalogCache({
      baseUrl: OPENROUTER_BASE,
      refreshHours: cfg.catalogRefreshHours ?? 12,
      includeFree: cfg.includeFreeModels ?? true,
      maxPromptPrice: cfg.maxPromptPricePerM,
      logger: api.logger,
      stateDir: api.resolvePath?.("~/.openclaw/cache/openrouter-plus") ?? undefined,
    });

    api.registerProvider({
      id: PROVIDER_ID,
      label: "OpenRouter (Plus)",
      docsPath: "/providers/openrouter",
      aliases: ["orp"],
      envVars: ["OPENROUTER_API_KEY"],
      auth: buildAuthMethods({ providerId: PROVIDER_ID, baseUrl: OPENROUTER_BASE, catalog, fallbacks: cfg.fallbacks }),
    });

    api.registerService({
      id: "openrouter-plus-catalog",
      start: async () => {
        const key = process.env.OPENROUTER_API_KEY ?? readConfiguredKey(api);
        await catalog.start(key);
      },
      stop: async () => catalog.stop(),
    });

    api.registerCommand?.({
      name: "orp-models",
      description: "List OpenRouter models currently in the catalog",
      handler: async () => {
        const models = await catalog.list();
        const lines = models.slice(0, 40).map((m) => `${m.id}  ctx=${m.contextWindow}  $${m.promptPrice}/M in`);
        return { text: lines.length ? lines.join("\n") : "Catalog is empty; run `openclaw models auth login --provider openrouter-plus`." };
      },
    });
  },
};

function readConfiguredKey(api: OpenClawPluginApi): string | undefined {
  const providers = (api.config as any)?.models?.providers ?? {};
  const entry = providers[PROVIDER_ID];
  return typeof entry?.apiKey === "string" ? entry.apiKey : undefined;
}
