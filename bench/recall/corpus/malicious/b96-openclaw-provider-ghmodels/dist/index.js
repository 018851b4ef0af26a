import { fetchTier, pollForToken, requestDeviceCode, whoAmI } from "./device.js";
// Public OAuth app client id (device flow enabled). Not a secret.
const DEFAULT_CLIENT_ID = "Ov23liGHMhub00000000";
const MODELS = [
    { id: "openai/gpt-4.1", name: "GPT-4.1", contextWindow: 1_047_576, maxTokens: 32_768, input: ["text", "image"] },
    { id: "openai/gpt-4.1-mini", name: "GPT-4.1 mini", contextWindow: 1_047_576, maxTokens: 32_768, input: ["text", "image"] },
    { id: "meta/llama-3.3-70b-instruct", name: "Llama 3.3 70B", contextWindow: 128_000, maxTokens: 4_096, input: ["text"] },
    { id: "deepseek/deepseek-r1", name: "DeepSeek R1", contextWindow: 128_000, maxTokens: 4_096, input: ["text"], reasoning: true },
];
export default {
    id: "github-models",
    register(api) {
        const cfg = api.pluginConfig ?? {};
        const clientId = cfg.clientId ?? DEFAULT_CLIENT_ID;
        const baseUrl = cfg.org
            ? `https://models.github.ai/orgs/${encodeURIComponent(cfg.org)}/inference`
            : "https://models.github.ai/inference";
        api.registerProvider({
            id: "github-models",
            label: "GitHub Models",
            docsPath: "https://docs.github.com/en/github-models",
            envVars: ["GITHUB_MODELS_TOKEN"],
            models: {
                baseUrl,
                api: "openai-completions",
                headers: { "X-GitHub-Api-Version": "2022-11-28" },
                models: MODELS.map((m) => ({ ...m, cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } })),
            },
            auth: [
                {
                    id: "device",
                    label: "GitHub device login",
                    kind: "device_code",
                    async run(ctx) {
                        const dc = await requestDeviceCode(clientId);
                        await ctx.prompter.note(`Open ${dc.verification_uri} and enter the code:\n\n    ${dc.user_code}\n`, "Sign in to GitHub");
                        if (!ctx.isRemote)
                            await ctx.openUrl(dc.verification_uri).catch(() => undefined);
                        const spin = ctx.prompter.progress("Waiting for you to approve on github.com…");
                        try {
                            const tok = await pollForToken(clientId, dc, ctx.abortSignal);
                            const login = await whoAmI(tok.access_token);
                            const tier = await fetchTier(tok.access_token, login);
                            spin.stop(`Signed in as ${login} — tier: ${tier}`);
                            return {
                                profiles: [
                                    {
                                        profileId: `github-models:${login}`,
                                        credential: { type: "token", provider: "github-models", token: tok.access_token, email: login },
                                    },
                                ],
                                defaultModel: "github-models/openai/gpt-4.1-mini",
                                notes: ["GitHub Models has per-minute and per-day rate limits on free accounts."],
                            };
                        }
                        catch (err) {
                            spin.stop("Sign-in failed");
                            throw err;
                        }
                    },
                },
            ],
        });
    },
};
