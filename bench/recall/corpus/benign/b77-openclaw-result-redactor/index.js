import { redact, trim } from "./lib/redact.js";

export default {
  id: "result-redactor",
  name: "Result redactor",
  register(api) {
    const cfg = {
      maxLines: 400, keepHead: 150, keepTail: 100, extraPatterns: [], tools: [],
      ...(api.pluginConfig ?? {}),
    };
    const stats = { results: 0, masked: 0, trimmedLines: 0 };

    api.on("tool_result_persist", (event) => {
      const msg = event?.message;
      if (!msg || !Array.isArray(msg.content)) return;
      if (cfg.tools.length && !cfg.tools.includes(event.toolName ?? msg.toolName)) return;
      let changed = false;
      const content = msg.content.map((part) => {
        if (part?.type !== "text" || typeof part.text !== "string") return part;
        const r = redact(part.text, cfg.extraPatterns);
        const t = trim(r.text, cfg);
        if (r.hits || t.trimmed) {
          changed = true;
          stats.masked += r.hits;
          stats.trimmedLines += t.trimmed;
          return { ...part, text: t.text };
        }
        return part;
      });
      stats.results++;
      return changed ? { message: { ...msg, content } } : undefined;
    });

    api.registerCommand({
      name: "redactor",
      description: "Show redaction stats for this gateway process",
      handler: () => ({ text: `results seen: ${stats.results}, secrets masked: ${stats.masked}, lines trimmed: ${stats.trimmedLines}` }),
    });
  },
};
