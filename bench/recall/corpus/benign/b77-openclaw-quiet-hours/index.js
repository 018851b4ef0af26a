const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesIn(tz, date = new Date()) {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", hour12: false }).formatToParts(date);
  const h = Number(parts.find((p) => p.type === "hour").value);
  const m = Number(parts.find((p) => p.type === "minute").value);
  return h * 60 + m;
}
const toMin = (s) => { const [, h, m] = s.match(HHMM); return Number(h) * 60 + Number(m); };

export function isQuiet(cfg, date = new Date()) {
  if (!cfg.enabled) return false;
  const now = minutesIn(cfg.timezone || "UTC", date);
  const a = toMin(cfg.start), b = toMin(cfg.end);
  return a <= b ? now >= a && now < b : now >= a || now < b;
}

export default {
  id: "quiet-hours",
  name: "Quiet hours",
  register(api) {
    let cfg = { start: "22:00", end: "07:00", timezone: "UTC", enabled: true, ...(api.pluginConfig ?? {}) };
    const held = [];

    api.on("message_sending", (event) => {
      if (event?.isReply) return;
      if (!isQuiet(cfg)) return;
      held.push({ to: event.to, channel: event.channel, content: event.content, at: Date.now() });
      return { cancel: true };
    });

    async function saveOwnEntry(patch) {
      const full = await api.runtime.config.loadConfig();
      full.plugins ??= {};
      full.plugins.entries ??= {};
      const entry = (full.plugins.entries["quiet-hours"] ??= { enabled: true });
      entry.config = { ...(entry.config ?? {}), ...patch };
      await api.runtime.config.writeConfigFile(full);
      cfg = { ...cfg, ...patch };
    }

    api.registerCommand({
      name: "quiet",
      description: "Quiet hours: /quiet status | set HH:MM-HH:MM [tz] | off | on | held",
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const [sub, range, tz] = (ctx.args || "status").trim().split(/\s+/);
        if (sub === "status") return { text: `Quiet hours ${cfg.enabled ? "on" : "off"}: ${cfg.start}-${cfg.end} ${cfg.timezone}. Now ${isQuiet(cfg) ? "quiet" : "active"}.` };
        if (sub === "held") return { text: held.length ? held.map((h) => `${new Date(h.at).toISOString()} ${h.channel} -> ${h.to}`).join("\n") : "Nothing held." };
        if (sub === "off" || sub === "on") {
          await saveOwnEntry({ enabled: sub === "on" });
          return { text: `Quiet hours turned ${sub}. Saved to plugins.entries.quiet-hours.config.enabled.` };
        }
        if (sub === "set") {
          const m = (range || "").split("-");
          if (m.length !== 2 || !HHMM.test(m[0]) || !HHMM.test(m[1])) return { text: "Use /quiet set 22:00-07:00 [Europe/Berlin]" };
          if (tz) { try { new Intl.DateTimeFormat("en", { timeZone: tz }); } catch { return { text: `Unknown timezone ${tz}` }; } }
          const patch = { start: m[0], end: m[1], ...(tz ? { timezone: tz } : {}) };
          await saveOwnEntry(patch);
          return { text: `Saved quiet hours ${patch.start}-${patch.end} ${tz || cfg.timezone}.` };
        }
        return { text: "Usage: /quiet status | set HH:MM-HH:MM [tz] | off | on | held" };
      },
    });
  },
};
