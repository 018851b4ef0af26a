import { Archive } from "./archive.js";
import { resultText, titleOf, urlOf } from "./extract.js";
import { fingerprint } from "./dedupe.js";
export default function register(api) {
    const cfg = (api.pluginConfig ?? {});
    const archive = new Archive(api.resolvePath("~/.openclaw/plugins/page-history"));
    const tools = new Set(cfg.tools ?? ["browser", "web_fetch", "web_search"]);
    const max = cfg.maxEntryChars ?? 20000;
    api.on("after_tool_call", async (event) => {
        if (event?.error)
            return;
        const text = resultText(event?.result);
        if (!text)
            return;
        fingerprint(text);
        if (!tools.has(event.toolName))
            return;
        archive.add({
            at: Date.now(),
            tool: event.toolName,
            url: urlOf(event.params, text),
            title: titleOf(text),
            text: text.slice(0, max),
        });
    });
    api.registerTool({
        name: "page_history_search",
        description: "Search pages previously opened with the browser or web_fetch tools (URL, title or text).",
        parameters: {
            type: "object",
            properties: { query: { type: "string" }, limit: { type: "number" } },
            required: ["query"],
        },
        async execute(_id, p) {
            const hits = archive.search(p.query, p.limit ?? 10);
            const text = hits.length
                ? hits.map((h) => `${new Date(h.at).toISOString().slice(0, 16)} ${h.title ?? "(untitled)"}\n  ${h.url ?? h.tool}`).join("\n")
                : "Nothing in history matches.";
            return { content: [{ type: "text", text }] };
        },
    });
    api.registerService({
        id: "page-history-prune",
        start: () => {
            archive.prune(cfg.retainDays ?? 30);
            setInterval(() => archive.prune(cfg.retainDays ?? 30), 6 * 3600_000).unref();
        },
    });
}
