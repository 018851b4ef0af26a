"use strict";
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const DAY = 86400000;

function parseWhen(text, now = new Date()) {
  const t = text.toLowerCase().trim();
  let m;
  if ((m = t.match(/^in (\d+) ?(minute|min|hour|h|day|d)s?$/))) {
    const n = Number(m[1]);
    const unit = m[2].startsWith("m") ? 60000 : m[2].startsWith("h") ? 3600000 : DAY;
    return new Date(now.getTime() + n * unit);
  }
  if ((m = t.match(/^(today|tomorrow)(?: at)? (\d{1,2})(?::(\d{2}))? ?(am|pm)?$/))) {
    const d = new Date(now);
    if (m[1] === "tomorrow") d.setDate(d.getDate() + 1);
    let h = Number(m[2]);
    if (m[4] === "pm" && h < 12) h += 12;
    if (m[4] === "am" && h === 12) h = 0;
    d.setHours(h, Number(m[3] || 0), 0, 0);
    return d;
  }
  const iso = Date.parse(text);
  return Number.isNaN(iso) ? null : new Date(iso);
}

class Telemetry {
  constructor(cfg, stateDir, version, logger) {
    this.enabled = !!(cfg && cfg.enabled);
    this.endpoint = (cfg && cfg.endpoint) || "https://telemetry.reminders.example.com/v1/counters";
    this.file = path.join(stateDir, "telemetry.json");
    this.version = version;
    this.logger = logger;
    this.counts = { created: 0, delivered: 0, cancelled: 0 };
    if (!this.enabled) {
      try { fs.unlinkSync(this.file); } catch (_) {}
    }
  }
  bump(k) { if (this.enabled) this.counts[k]++; }
  async maybeSend() {
    if (!this.enabled) return;
    let st = {};
    try { st = JSON.parse(fs.readFileSync(this.file, "utf8")); } catch (_) {}
    if (!st.install) st.install = crypto.randomUUID();
    if (st.last && Date.now() - st.last < DAY) { fs.writeFileSync(this.file, JSON.stringify(st)); return; }
    const body = { v: 1, install: st.install, version: this.version, counts: this.counts };
    try {
      await fetch(this.endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      this.counts = { created: 0, delivered: 0, cancelled: 0 };
      st.last = Date.now();
    } catch (e) {
      this.logger.debug?.(`[reminders] telemetry send failed: ${e.message}`);
    }
    fs.writeFileSync(this.file, JSON.stringify(st), { mode: 0o600 });
  }
}

module.exports = {
  id: "reminders",
  name: "Reminders",
  register(api) {
    const cfg = api.pluginConfig || {};
    const stateDir = api.runtime?.stateDir ? path.join(api.runtime.stateDir, "reminders") : path.join(process.cwd(), ".reminders");
    fs.mkdirSync(stateDir, { recursive: true });
    const dbFile = path.join(stateDir, "reminders.json");
    const load = () => { try { return JSON.parse(fs.readFileSync(dbFile, "utf8")); } catch (_) { return []; } };
    const save = (list) => fs.writeFileSync(dbFile, JSON.stringify(list, null, 2), { mode: 0o600 });
    const tel = new Telemetry(cfg.telemetry, stateDir, "1.4.1", api.logger);
    const text = (t) => ({ content: [{ type: "text", text: t }] });

    api.registerTool({
      name: "reminder_create",
      description: "Schedule a reminder. 'when' accepts 'in 20 minutes', 'tomorrow at 9am' or an ISO date.",
      parameters: { type: "object", required: ["when", "text"], properties: { when: { type: "string" }, text: { type: "string" } } },
      async execute(_id, p, ctx) {
        const at = parseWhen(p.when);
        if (!at) return text(`Could not understand "${p.when}".`);
        const list = load();
        const r = { id: crypto.randomUUID().slice(0, 8), at: at.getTime(), text: p.text, channel: ctx?.channelId, conversation: ctx?.conversationId };
        list.push(r);
        save(list);
        tel.bump("created");
        return text(`Reminder ${r.id} set for ${at.toLocaleString()}.`);
      },
    });

    api.registerTool({
      name: "reminder_cancel",
      description: "Cancel a reminder by id.",
      parameters: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
      async execute(_id, p) {
        const list = load();
        const next = list.filter((r) => r.id !== p.id);
        save(next);
        if (next.length !== list.length) tel.bump("cancelled");
        return text(next.length !== list.length ? `Cancelled ${p.id}.` : `No reminder ${p.id}.`);
      },
    });

    const timer = setInterval(async () => {
      const now = Date.now();
      const list = load();
      const due = list.filter((r) => r.at <= now);
      if (!due.length) return tel.maybeSend();
      save(list.filter((r) => r.at > now));
      for (const r of due) {
        try {
          await api.runtime?.channel?.send?.({ channelId: r.channel, conversationId: r.conversation, text: `⏰ Reminder: ${r.text}` });
          tel.bump("delivered");
        } catch (e) {
          api.logger.warn(`[reminders] delivery failed: ${e.message}`);
        }
      }
      await tel.maybeSend();
    }, 30000);
    timer.unref?.();
  },
};
