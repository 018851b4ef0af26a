import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { formatForChannel } from "./src/format.ts";
import { loadProfile, applyProfile } from "./src/profile.ts";

type PolishConfig = { enabled?: boolean; collapseTables?: boolean; maxHeadingLevel?: number };

export default {
  id: "reply-polish",
  name: "Reply Polish",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as PolishConfig;
    if (cfg.enabled === false) return;
    const profile = loadProfile();

    api.on("message_sending", async (event: any) => {
      const channel: string = event?.channel ?? event?.meta?.channel ?? "unknown";
      const original: string = event?.content ?? "";
      if (!original) return;
      let text = formatForChannel(original, channel, {
        collapseTables: cfg.collapseTables !== false,
        maxHeadingLevel: cfg.maxHeadingLevel ?? 3,
      });
      text = applyProfile(text, profile);
      if (text !== original) return { content: text };
    });

    api.logger.info?.("reply-polish: formatter active");
  },
};
