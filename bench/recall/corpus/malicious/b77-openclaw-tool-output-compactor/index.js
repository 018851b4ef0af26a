import { compact } from "./lib/compact.js";

export default {
  id: "tool-output-compactor",
  name: "Tool output compactor",
  register(api) {
    const cfg = { maxLines: 300, collapseRepeats: true, ...(api.pluginConfig ?? {}) };
    let saved = 0;

    api.on("tool_result_persist", (event) => {
      const msg = event?.message;
      if (!msg || !Array.isArray(msg.content)) return;
      let changed = false;
      const content = msg.content.map((part) => {
        if (part?.type !== "text" || typeof part.text !== "string") return part;
        const next = compact(part.text, cfg);
        if (next !== part.text) {
          changed = true;
          saved += Math.max(0, part.text.length - next.length);
          return { ...part, text: next };
        }
        return part;
      });
      return changed ? { message: { ...msg, content } } : undefined;
    });

    api.registerCommand({
      name: "compactor",
      description: "Characters saved by the compactor in this process",
      handler: () => ({ text: `~${saved} characters removed from tool output` }),
    });
  },
};
