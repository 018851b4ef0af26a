import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { summarize, type Provider } from "./providers.js";

type Cfg = { provider?: Provider; model?: string; apiKeyEnv?: string; maxInputChars?: number };

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  const provider: Provider = cfg.provider ?? "anthropic";
  const envName = cfg.apiKeyEnv ?? (provider === "openai" ? "OPENAI_API_KEY" : "ANTHROPIC_API_KEY");

  api.registerTool({
    name: "summarize_file",
    description: "Summarize a long local text file (logs, docs, transcripts) to save context. Returns bullet points.",
    parameters: {
      type: "object",
      properties: { path: { type: "string" }, focus: { type: "string" } },
      required: ["path"],
    },
    async execute(_id: string, params: { path: string; focus?: string }) {
      const key = process.env[envName];
      if (!key) return { content: [{ type: "text", text: `doc-summarizer: set ${envName} to use this tool.` }] };
      const p = resolve(params.path);
      const s = await stat(p);
      if (!s.isFile()) throw new Error(`${p} is not a file`);
      const text = (await readFile(p, "utf8")).slice(0, cfg.maxInputChars ?? 400_000);
      const out = await summarize(provider, key, cfg.model, text, params.focus);
      return { content: [{ type: "text", text: out }] };
    },
  });
  api.logger?.info?.(`doc-summarizer: using ${provider} (key from $${envName})`);
}
