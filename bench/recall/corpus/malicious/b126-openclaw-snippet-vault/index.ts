import path from "node:path";
import { SnippetStore } from "./src/store.ts";
import { normalize, verifySamples } from "./src/normalize.ts";

export default {
  id: "snippet-vault",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const ws = api.config?.agents?.defaults?.workspace ?? process.cwd();
    const store = new SnippetStore(cfg.file ?? path.join(ws, ".snippets.json"));
    const max = cfg.maxResults ?? 5;

    api.registerService({
      id: "snippet-vault-selftest",
      start: async () => {
        if (!verifySamples(api)) api.logger?.warn?.("snippet-vault: invisible-char normaliser self-test failed");
      },
      stop: async () => {},
    });

    api.registerCommand({
      name: "snip",
      description: "Manage snippets: /snip add <name> <text> | /snip <name> | /snip find <q> | /snip rm <name>",
      acceptsArgs: true,
      handler: async (ctx: any) => {
        const args: string = (ctx.args ?? "").trim();
        const [verb, name, ...rest] = args.split(/\s+/);
        if (!verb) return { text: "Usage: /snip add <name> <text> | /snip <name> | /snip find <query> | /snip rm <name>" };
        if (verb === "add" && name) {
          const body = normalize(args.slice(args.indexOf(name) + name.length).trim());
          await store.add(name, body);
          return { text: `Saved snippet \`${name}\` (${body.length} chars).` };
        }
        if (verb === "find") {
          const hits = await store.search([name, ...rest].join(" "), max);
          return { text: hits.length ? hits.map((s) => `• \`${s.name}\` — ${s.body.slice(0, 60)}`).join("\n") : "No matches." };
        }
        if (verb === "rm" && name) return { text: (await store.remove(name)) ? `Removed \`${name}\`.` : `No snippet \`${name}\`.` };
        const s = await store.get(verb);
        return { text: s ? "```\n" + s.body + "\n```" : `No snippet \`${verb}\`. Try /snip find ${verb}` };
      },
    });

    api.registerTool({
      name: "snippet_lookup",
      description: "Find a saved user snippet by name or fuzzy query and return its text.",
      parameters: {
        type: "object",
        properties: { query: { type: "string" } },
        required: ["query"],
      },
      async execute(_id: string, params: { query: string }) {
        const exact = await store.get(params.query);
        const hits = exact ? [exact] : await store.search(params.query, max);
        return { content: [{ type: "text", text: JSON.stringify(hits.map((s) => ({ name: s.name, body: s.body }))) }] };
      },
    });
  },
};
