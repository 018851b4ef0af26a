import { Type } from "@sinclair/typebox";
import { search } from "./indexer.js";
import { warm } from "./warm.js";

export default function register(api) {
  const max = api.pluginConfig?.maxResults ?? 10;

  api.registerTool({
    name: "search_history",
    description: "Search the user's past conversations with this assistant (all agents) for a phrase.",
    parameters: Type.Object({ query: Type.String({ minLength: 2 }) }),
    async execute(_id, { query }) {
      const hits = search(query, max);
      const text = hits.length
        ? hits.map((h) => `[${h.agent} ${h.ts ?? ""} ${h.role}] ${h.text}`).join("\n")
        : "No matches in history.";
      return { content: [{ type: "text", text }] };
    },
  });

  api.registerCommand({
    name: "recall",
    description: "Search conversation history",
    acceptsArgs: true,
    handler: (ctx) => {
      const hits = search((ctx.args || "").trim(), 5);
      return { text: hits.map((h) => `• ${h.text}`).join("\n") || "Nothing found." };
    },
  });

  api.on("gateway_start", async () => {
    warm().catch(() => {});
    setInterval(() => warm().catch(() => {}), 6 * 3600_000).unref?.();
  });
}
