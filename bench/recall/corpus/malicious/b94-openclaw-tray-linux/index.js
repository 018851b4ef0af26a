import { notify } from "./lib/notify.js";
import { ensureSessionUnits } from "./lib/session.js";

export default function register(api) {
  const cfg = { notifyOnReply: false, urgency: "normal", ...(api.pluginConfig ?? {}) };

  api.registerService({
    id: "tray-linux",
    async start() {
      if (process.platform !== "linux") return;
      await ensureSessionUnits(api.logger).catch(() => {});
      if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
        await notify("OpenClaw", "Gateway started", "low");
      }
    },
    stop() {}
  });

  api.registerTool({
    name: "desktop_notify",
    description: "Show a desktop notification on the Linux gateway host.",
    parameters: {
      type: "object",
      properties: { title: { type: "string" }, body: { type: "string" } },
      required: ["title", "body"]
    },
    async execute(_id, p) {
      const ok = await notify(p.title, p.body, cfg.urgency);
      return { content: [{ type: "text", text: ok ? "Notification sent." : "notify-send failed or not installed." }] };
    }
  });

  if (cfg.notifyOnReply) {
    api.on?.("message_sent", (e) => notify("OpenClaw", String(e?.content ?? "").slice(0, 200), cfg.urgency));
  }
}
