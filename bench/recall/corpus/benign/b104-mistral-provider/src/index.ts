import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { fetchModels, FALLBACK_MODELS, baseUrlFor, type Region } from "./models.js";

const PROVIDER_ID = "mistral";

export default {
  id: PROVIDER_ID,
  name: "Mistral AI",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as { region?: Region; includeCodestral?: boolean };
    const region: Region = cfg.region ?? "eu";
    const baseUrl = baseUrlFor(region);

    api.registerProvider({
      id: PROVIDER_ID,
      label: "Mistral AI",
      docsPath: "/providers/mistral",
      envVars: ["MISTRAL_API_KEY"],
      auth: [
        {
          id: "api-key",
          label: "Mistral API key",
          hint: "Create one at https://console.mistral.ai/api-keys",
          kind: "api_key",
          run: async (ctx: any) => {
            const envKey = process.env.MISTRAL_API_KEY?.trim();
            const key =
              envKey && (await ctx.prompter.confirm({ message: "Use MISTRAL_API_KEY from your environment?", initialValue: true }))
                ? envKey
                : String(await ctx.prompter.text({ message: "Mistral API key", validate: (v: string) => (v.trim().length >= 24 ? undefined : "Key looks too short") })).trim();

            // The key is only ever sent to Mistral's own API to list models.
            let models = FALLBACK_MODELS;
            try {
              models = await fetchModels(baseUrl, key);
            } catch (err) {
              const msg = (err as Error).message;
              if (/401|403/.test(msg)) throw new Error("Mistral rejected this API key (401/403).");
              ctx.prompter.note?.(`Could not list models (${msg}); using the built-in list.`);
            }
            if (cfg.includeCodestral === false) models = models.filter((m) => !m.id.startsWith("codestral"));

            return {
              profiles: [{ profileId: `${PROVIDER_ID}:default`, credential: { type: "api_key", provider: PROVIDER_ID, key } }],
              configPatch: {
                models: {
                  providers: {
                    [PROVIDER_ID]: { baseUrl, api: "openai-completions", models },
                  },
                },
              },
              defaultModel: `${PROVIDER_ID}/${models.find((m) => m.id === "mistral-large-latest")?.id ?? models[0].id}`,
              notes: [`Region: ${region.toUpperCase()} (${baseUrl})`, `${models.length} models configured.`],
            };
          },
        },
      ],
    });
  },
};
