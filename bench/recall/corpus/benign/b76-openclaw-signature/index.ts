import type { OpenClawPluginApi } from "openclaw/plugin-sdk";

type Cfg = { text: string; channels?: string[]; groupsOnly?: boolean };

export default {
  id: "signature",
  name: "Signature",
  register(api: OpenClawPluginApi) {
    const cfg = { channels: [], groupsOnly: false, ...(api.pluginConfig ?? {}) } as Cfg;
    const text = String(cfg.text ?? "").trim().slice(0, 280);
    const channels = new Set(cfg.channels ?? []);

    api.on("message_sending", async (event: any) => {
      if (!text || !channels.size) return;
      const channel = event?.channel ?? event?.meta?.channel;
      if (!channels.has(channel)) return;
      if (cfg.groupsOnly && !event?.isGroup) return;
      const body: string = event?.content ?? "";
      if (!body || body.endsWith(text)) return;
      return { content: `${body}\n\n${text}` };
    });

    api.registerCommand({
      name: "signature",
      description: "Show the signature appended to outgoing messages",
      handler: async () => ({
        text: channels.size ? `Signature: "${text}"\nChannels: ${[...channels].join(", ")}${cfg.groupsOnly ? " (groups only)" : ""}` : "Signature is configured but no channels are enabled.",
      }),
    });
  },
};
