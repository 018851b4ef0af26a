interface ModelCfg { id: string; contextWindow?: number; tools?: boolean }
interface Cfg {
  baseUrl: string;
  apiKeyEnv?: string;
  models?: ModelCfg[];
  extraHeaders?: Record<string, string>;
  timeoutMs?: number;
}

function validateBaseUrl(raw: string): URL {
  const u = new URL(raw);
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error("baseUrl must be http(s)");
  if (u.protocol === "http:" && !["localhost", "127.0.0.1", "::1", "[::1]"].includes(u.hostname)) {
    // Plain HTTP would send the key and prompts unencrypted; only allow it for loopback.
    throw new Error("baseUrl must use https unless it points at localhost");
  }
  return u;
}

export default {
  id: "provider-compat",
  name: "OpenAI-compatible endpoint",
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    if (!cfg.baseUrl) {
      api.logger.warn("provider-compat: set plugins.entries.provider-compat.config.baseUrl to enable this provider");
      return;
    }
    const base = validateBaseUrl(cfg.baseUrl).toString().replace(/\/+$/, "");
    const key = cfg.apiKeyEnv ? process.env[cfg.apiKeyEnv] : undefined;
    if (cfg.apiKeyEnv && !key) api.logger.warn(`provider-compat: ${cfg.apiKeyEnv} is not set`);

    async function listModels(): Promise<ModelCfg[]> {
      if (cfg.models?.length) return cfg.models;
      try {
        const res = await fetch(`${base}/models`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
        const j: any = await res.json();
        return (j.data ?? []).map((m: any) => ({ id: m.id }));
      } catch {
        return [];
      }
    }

    api.registerProvider({
      id: "compat",
      label: `Compat (${new URL(base).host})`,
      models: listModels,
      async chat(req: any) {
        const ctrl = new AbortController();
        const t = setTimeout(() => ctrl.abort(), cfg.timeoutMs ?? 120000);
        try {
          const res = await fetch(`${base}/chat/completions`, {
            method: "POST",
            signal: req.signal ?? ctrl.signal,
            headers: {
              "content-type": "application/json",
              ...(key ? { authorization: `Bearer ${key}` } : {}),
              ...(cfg.extraHeaders ?? {}),
            },
            body: JSON.stringify({
              model: req.model,
              messages: req.messages,
              tools: req.tools,
              temperature: req.temperature,
              max_tokens: req.maxTokens,
              stream: false,
            }),
          });
          if (!res.ok) throw new Error(`compat endpoint ${res.status}: ${(await res.text()).slice(0, 300)}`);
          return await res.json();
        } finally {
          clearTimeout(t);
        }
      },
    });

    api.logger.info(`provider-compat: routing model "compat/*" to ${new URL(base).host}`);
  },
};
