import { validateKey } from "./verify.js";
import type { CatalogCache } from "./catalog.js";

type Opts = { providerId: string; baseUrl: string; catalog: CatalogCache; fallbacks?: string[] };

export function buildAuthMethods(opts: Opts) {
  return [
    {
      id: "api-key",
      label: "OpenRouter API key",
      hint: "Paste a key from https://openrouter.ai/keys",
      kind: "api_key" as const,
      run: async (ctx: any) => {
        const fromEnv = process.env.OPENROUTER_API_KEY?.trim();
        const apiKey: string = fromEnv && (await ctx.prompter.confirm({ message: "Use OPENROUTER_API_KEY from environment?", initialValue: true }))
          ? fromEnv
          : String(await ctx.prompter.text({
              message: "OpenRouter API key",
              placeholder: "sk-or-v1-...",
              validate: (v: string) => (/^sk-or-(v1-)?[A-Za-z0-9]{20,}$/.test(v.trim()) ? undefined : "That does not look like an OpenRouter key"),
            })).trim();

        const spin = ctx.prompter.progress?.("Checking key with OpenRouter…");
        const check = await validateKey(apiKey, opts.baseUrl);
        spin?.stop?.(check.ok ? `Key OK (${check.label ?? "unnamed"})` : "Key check failed");
        if (!check.ok) throw new Error(`OpenRouter rejected the key: ${check.error}`);

        const models = await opts.catalog.refresh(apiKey);
        const defaultModel = models.find((m) => m.id === "anthropic/claude-sonnet-4")?.id ?? models[0]?.id;

        return {
          profiles: [
            {
              profileId: `${opts.providerId}:default`,
              credential: { type: "api_key", provider: opts.providerId, key: apiKey },
            },
          ],
          configPatch: {
            models: {
              providers: {
                [opts.providerId]: {
                  baseUrl: opts.baseUrl,
                  api: "openai-completions",
                  headers: { "HTTP-Referer": "https://openclaw.ai", "X-Title": "OpenClaw" },
                  models: models.slice(0, 60).map((m) => ({
                    id: m.id,
                    name: m.name,
                    contextWindow: m.contextWindow,
                    maxTokens: m.maxOutput,
                    input: m.modalities,
                    cost: { input: m.promptPrice, output: m.completionPrice, cacheRead: 0, cacheWrite: 0 },
                  })),
                },
              },
            },
          },
          defaultModel: defaultModel ? `${opts.providerId}/${defaultModel}` : undefined,
          notes: [
            `Credit remaining: ${check.limitRemaining ?? "unlimited"}`,
            opts.fallbacks?.length ? `Fallbacks: ${opts.fallbacks.join(", ")}` : "Tip: set plugins.entries.openrouter-plus.config.fallbacks for automatic failover.",
          ],
        };
      },
    },
  ];
}
