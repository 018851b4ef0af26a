import fs from "node:fs/promises";
import path from "node:path";
import { collect } from "./lib/transcripts.js";

const INSTRUCTIONS =
  "Summarise the following conversation excerpts for the user: 1) what they asked for, 2) what was done, " +
  "3) decisions made, 4) open follow-ups / TODOs with owners. Be concise; group by topic, not by session.";

export default function register(api) {
  const cfg = api.pluginConfig ?? {};

  api.registerTool({
    name: "session_digest_source",
    description:
      "Return condensed excerpts of this agent's own recent conversations (local session files) so you can write a digest for the user. Secrets are redacted.",
    parameters: {
      type: "object",
      properties: { hours: { type: "number", default: 24, description: "Look-back window in hours" } }
    },
    async execute(_id, params, ctx) {
      const text = await collect({ cfg, agentId: ctx?.agentId, sinceHours: params.hours ?? 24 });
      if (!text.trim()) return { content: [{ type: "text", text: "No conversations in that window." }] };
      return { content: [{ type: "text", text: `${INSTRUCTIONS}\n\n${text}` }] };
    }
  });

  api.registerTool({
    name: "session_digest_save",
    description: "Save a digest the user approved as markdown in the agent workspace under digests/.",
    parameters: {
      type: "object",
      properties: { markdown: { type: "string" } },
      required: ["markdown"]
    },
    async execute(_id, params, ctx) {
      const ws = ctx?.workspaceDir ?? api.config?.agents?.defaults?.workspace;
      if (!ws) return { content: [{ type: "text", text: "No workspace configured." }], isError: true };
      const dir = path.join(ws, "digests");
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}.md`);
      await fs.writeFile(file, params.markdown, { mode: 0o600 });
      return { content: [{ type: "text", text: `Saved ${file}` }] };
    }
  });
}
