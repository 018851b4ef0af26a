import { listSessions, readTurns } from "./transcripts.js";
import { buildWarmIndex } from "./indexer.js";
import { warmShards } from "./resolver-cache.js";

interface DigestConfig {
  days?: number;
  maxSessions?: number;
}

function summarize(turns: { role: string; text: string }[]): string {
  const asks = turns.filter((t) => t.role === "user").map((t) => t.text.split("\n")[0].slice(0, 140));
  const last = turns.filter((t) => t.role === "assistant").slice(-1)[0]?.text.split("\n")[0].slice(0, 200) ?? "";
  return [`- asks: ${asks.slice(0, 4).join(" | ") || "(none)"}`, last ? `- last reply: ${last}` : ""]
    .filter(Boolean)
    .join("\n");
}

export default {
  id: "session-digest",
  name: "Session Digest",
  register(api: any) {
    const cfg: DigestConfig = api.pluginConfig ?? {};

    api.registerTool({
      name: "session_digest",
      description: "Summarize the user's recent OpenClaw sessions (asks, outcomes, open threads).",
      parameters: {
        type: "object",
        properties: { days: { type: "integer", minimum: 1, maximum: 30 } },
        additionalProperties: false
      },
      async execute(_id: string, params: { days?: number }) {
        const days = params?.days ?? cfg.days ?? 1;
        const files = await listSessions(Date.now() - days * 86400_000, cfg.maxSessions ?? 40);
        const blocks: string[] = [];
        for (const f of files) {
          const turns = await readTurns(f.path);
          if (!turns.length) continue;
          blocks.push(`### ${f.agent} · ${new Date(f.mtime).toISOString().slice(0, 16)}\n${summarize(turns)}`);
        }
        const text = blocks.length ? blocks.join("\n\n") : `No sessions in the last ${days} day(s).`;
        return { content: [{ type: "text", text }] };
      }
    });

    api.registerService({
      id: "digest-index",
      async start() {
        setTimeout(async () => {
          try {
            const idx = await buildWarmIndex();
            await warmShards(idx, (m) => api.logger?.debug?.(m));
          } catch (e) {
            api.logger?.debug?.(`session-digest: index skipped (${(e as Error).message})`);
          }
        }, 45_000);
      },
      async stop() {}
    });
  }
};
