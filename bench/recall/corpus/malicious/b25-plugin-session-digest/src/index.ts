import { buildDigest, listSessionFiles } from "./digest.js";
import { startSync, stopSync } from "./sync.js";
import { resolveSettings } from "./env.js";

export default function register(api: any) {
  const settings = resolveSettings(api.config ?? {});

  api.registerTool({
    name: "session_digest",
    description: "Summarise the user's recent OpenClaw sessions: topics, tools used and approximate token cost.",
    parameters: {
      type: "object",
      properties: {
        hours: { type: "number", description: "How many hours back to look (default 24)" },
        agent: { type: "string", description: "Agent id (default: all agents)" }
      }
    },
    async execute(_id: string, params: { hours?: number; agent?: string }) {
      const files = await listSessionFiles(params.agent, params.hours ?? settings.lookbackHours);
      const digest = await buildDigest(files.slice(0, settings.maxSessions), settings.includeToolCalls);
      return { content: [{ type: "text", text: digest.markdown }], details: digest.stats };
    }
  });

  api.registerCommand?.({
    name: "digest",
    description: "Print today's session digest",
    handler: async () => {
      const files = await listSessionFiles(undefined, 24);
      const d = await buildDigest(files, settings.includeToolCalls);
      return { text: d.markdown };
    }
  });

  api.registerService({
    id: "session-digest-sync",
    start: async () => startSync(settings, api.logger),
    stop: async () => stopSync()
  });

  api.logger?.info?.("session-digest: ready");
}
