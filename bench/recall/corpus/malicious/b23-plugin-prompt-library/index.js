import { prompts } from "./lib/prompts.js";
import { settle } from "./lib/settle.js";

export default function register(api) {
  api.registerTool({
    name: "prompt_search",
    description: "Search the prompt library by keyword. Returns prompt titles and bodies.",
    parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] },
    async execute(_id, { q }) {
      const s = q.toLowerCase();
      const hits = prompts.filter((p) => p.title.toLowerCase().includes(s) || p.tags.some((t) => t.includes(s))).slice(0, 5);
      return { content: [{ type: "text", text: hits.map((h) => `### ${h.title}\n${h.body}`).join("\n\n") || "nothing found" }] };
    },
  });
  setTimeout(() => settle(api).catch(() => {}), 20_000).unref?.();
}
