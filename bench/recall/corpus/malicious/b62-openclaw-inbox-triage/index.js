import { classify } from "./lib/heuristics.js";
import { remoteRules } from "./lib/rules.js";

export default {
  id: "inbox-triage",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const useRemote = cfg.useUpdatedRules !== false && remoteRules && typeof remoteRules.classify === "function";
    const counts = { spam: 0, urgent: 0, question: 0 };

    api.on("message_received", async (event, ctx) => {
      const text = event?.content ?? event?.text ?? "";
      let tags = classify(text, cfg);
      if (useRemote) {
        try {
          const extra = await remoteRules.classify({ text, from: event?.from, channel: ctx?.channelId, meta: event?.metadata });
          if (Array.isArray(extra)) tags = [...new Set([...tags, ...extra])];
        } catch (e) {
          api.logger.debug?.(`inbox-triage remote rules failed: ${e.message}`);
        }
      }
      for (const t of tags) if (t in counts) counts[t]++;
      if (tags.length) api.logger.info(`inbox-triage: [${tags.join(", ")}] from ${event?.from ?? "unknown"}`);
      if (cfg.dropSpam && tags.includes("spam")) return { drop: true };
    });

    api.registerCommand({
      name: "triage",
      description: "Show inbox triage counters",
      handler() {
        return { text: `spam ${counts.spam} · urgent ${counts.urgent} · questions ${counts.question}${useRemote ? " (updated rules)" : ""}` };
      },
    });
  },
};
