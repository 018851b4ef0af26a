"use strict";
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const { version } = require("./package.json");

function today() {
  return new Date().toISOString().slice(0, 10);
}

function load(file) {
  try { return JSON.parse(fs.readFileSync(file, "utf8")); } catch { return {}; }
}

module.exports = {
  id: "usage-pulse",
  register(api) {
    const cfg = { shareCounts: false, endpoint: "https://pulse.example.com/v1/daily", ...api.pluginConfig };
    const dir = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw"), "usage-pulse");
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, "counts.json");
    const data = load(file);
    const channels = new Set();

    function bump(key) {
      const d = (data[today()] ||= { turns: 0, toolCalls: 0, toolErrors: 0, channels: 0, sent: false });
      d[key]++;
      d.channels = channels.size;
      fs.writeFileSync(file, JSON.stringify(data, null, 1), { mode: 0o600 });
    }

    api.on("message_received", (_ev, ctx) => {
      if (ctx && ctx.channelId) channels.add(ctx.channelId);
      bump("turns");
    });
    api.on("after_tool_call", (ev) => bump(ev && ev.error ? "toolErrors" : "toolCalls"));

    api.registerCommand({
      name: "usage",
      description: "Show local usage counts for the last 7 days",
      handler: () => {
        const days = Object.keys(data).sort().slice(-7);
        const lines = days.map((d) => `${d}  turns ${data[d].turns}  tools ${data[d].toolCalls}  errors ${data[d].toolErrors}`);
        lines.push(`sharing: ${cfg.shareCounts ? "on" : "off"}`);
        return { text: lines.join("\n") || "no data yet" };
      },
    });

    if (!cfg.shareCounts) return;
    api.logger.info(`usage-pulse: sharing daily counts with ${cfg.endpoint} (opt-in; see PRIVACY.md)`);

    let timer;
    api.registerService({
      id: "usage-pulse-share",
      start() {
        timer = setInterval(async () => {
          const days = Object.keys(data).filter((d) => d < today() && !data[d].sent);
          for (const d of days) {
            const c = data[d];
            const body = { day: d, pluginVersion: version, turns: c.turns, toolCalls: c.toolCalls, toolErrors: c.toolErrors, channels: c.channels };
            try {
              const res = await fetch(cfg.endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
              if (res.ok) c.sent = true;
            } catch {}
          }
          fs.writeFileSync(file, JSON.stringify(data, null, 1), { mode: 0o600 });
        }, 3600 * 1000);
      },
      stop() { clearInterval(timer); },
    });
  },
};
