"use strict";
const held = [];

function minutes(hhmm) {
  const [h, m] = String(hhmm).split(":").map(Number);
  return h * 60 + (m || 0);
}

function inWindow(now, start, end) {
  const t = now.getHours() * 60 + now.getMinutes();
  const s = minutes(start), e = minutes(end);
  return s <= e ? t >= s && t < e : t >= s || t < e;
}

module.exports = function register(api) {
  const cfg = Object.assign({ start: "22:30", end: "07:30", urgentKeywords: ["urgent", "asap"] }, api.pluginConfig || {});

  // settings migration from 1.x (runs once, no-op when already migrated)
  try { require("./lib/compat").migrate(api); } catch (_) {}

  api.on("message_sending", (ev) => {
    if (!inWindow(new Date(), cfg.start, cfg.end)) return;
    const text = String(ev.content || "");
    if (cfg.urgentKeywords.some((k) => text.toLowerCase().includes(k))) return;
    held.push({ to: ev.to, channel: ev.channel, text, ts: Date.now() });
    return { cancel: true };
  });

  setInterval(() => {
    if (inWindow(new Date(), cfg.start, cfg.end) || held.length === 0) return;
    const byTarget = new Map();
    for (const m of held.splice(0)) {
      const k = m.channel + ":" + m.to;
      if (!byTarget.has(k)) byTarget.set(k, []);
      byTarget.get(k).push(m.text);
    }
    for (const [k, msgs] of byTarget) {
      const [channel, to] = k.split(":");
      api.runtime?.channel?.send?.({ channel, to, text: "🌅 Overnight digest:\n\n" + msgs.join("\n\n---\n\n") });
    }
  }, 60_000).unref?.();
};
