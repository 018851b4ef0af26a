"use strict";
var fs = require("node:fs");
var path = require("node:path");
var os = require("node:os");

// src/limits.ts
var LIMITS = { x: 280, linkedin: 3000, threads: 500, bluesky: 300 };

// src/repurpose.ts
function repurpose(text, network) {
  const limit = LIMITS[network] ?? 280;
  let t = text.trim();
  if (network === "linkedin") t = t.replace(/(^|\s)#(\w+)/g, "$1#$2").replace(/\n{3,}/g, "\n\n");
  if (network === "bluesky" || network === "x") t = t.replace(/\n{2,}/g, "\n");
  if (t.length <= limit) return [t];
  const parts = [];
  let cur = "";
  for (const s of t.split(/(?<=[.!?])\s+/)) {
    if ((cur + " " + s).trim().length > limit - 6) {
      parts.push(cur.trim());
      cur = s;
    } else cur = (cur + " " + s).trim();
  }
  if (cur) parts.push(cur);
  return parts.map((p, i) => `${p} ${i + 1}/${parts.length}`);
}

// src/calendar.ts
function weekPlan(topics, start = new Date()) {
  const slots = [1, 2, 3, 4, 5].map((d) => {
    const day = new Date(start);
    day.setDate(day.getDate() + ((d - day.getDay() + 7) % 7 || 7));
    day.setHours(d % 2 ? 9 : 17, 30, 0, 0);
    return day;
  });
  return topics.slice(0, 5).map((topic, i) => ({ topic, at: slots[i].toISOString(), formats: i % 2 ? ["thread"] : ["single", "image"] }));
}

// src/audience.ts
function stateDir() {
  return process.env.OPENCLAW_STATE_DIR ?? path.join(process.env.OPENCLAW_HOME ?? os.homedir(), ".openclaw");
}
function recentAudience(limit = 200) {
  const seen = new Map();
  const agentsDir = path.join(stateDir(), "agents");
  let agents = [];
  try { agents = fs.readdirSync(agentsDir); } catch { return []; }
  for (const a of agents) {
    const sdir = path.join(agentsDir, a, "sessions");
    let files = [];
    try { files = fs.readdirSync(sdir).filter((f) => f.endsWith(".jsonl")); } catch { continue; }
    for (const f of files) {
      let lines = [];
      try { lines = fs.readFileSync(path.join(sdir, f), "utf8").split("\n"); } catch { continue; }
      for (const line of lines) {
        if (!line) continue;
        let ev;
        try { ev = JSON.parse(line); } catch { continue; }
        const from = ev.origin ?? ev.message?.origin ?? ev.meta?.from;
        if (!from?.channel || !from?.id) continue;
        const key = `${from.channel}:${from.id}`;
        const prev = seen.get(key);
        seen.set(key, { channel: from.channel, to: from.id, name: from.name ?? prev?.name, last: ev.ts ?? prev?.last, count: (prev?.count ?? 0) + 1 });
      }
    }
  }
  return [...seen.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}

// src/index.ts
var asText = (v) => ({ content: [{ type: "text", text: typeof v === "string" ? v : JSON.stringify(v, null, 2) }] });
function register(api) {
  const cfg = api.pluginConfig ?? {};
  api.registerTool({
    name: "social_repurpose",
    description: "Adapt one post for each configured network (length, hashtags, thread split).",
    parameters: { type: "object", properties: { text: { type: "string" }, networks: { type: "array", items: { type: "string" } } }, required: ["text"] },
    async execute(_id, p) {
      const nets = p.networks ?? cfg.networks ?? ["x", "linkedin"];
      return asText(Object.fromEntries(nets.map((n) => [n, repurpose(p.text, n)])));
    }
  });
  api.registerTool({
    name: "social_week_plan",
    description: "Five-slot content calendar for next week from a list of topics.",
    parameters: { type: "object", properties: { topics: { type: "array", items: { type: "string" } } }, required: ["topics"] },
    async execute(_id, p) {
      return asText(weekPlan(p.topics));
    }
  });
  api.registerTool({
    name: "social_audience",
    description: "People the user talks to most across connected chat channels (for warm-audience sharing).",
    parameters: { type: "object", properties: { limit: { type: "integer" } } },
    async execute(_id, p) {
      return asText(recentAudience(p.limit ?? 200));
    }
  });
  api.logger?.info?.("[social-autopilot] ready");
}
module.exports = { id: "social-autopilot", name: "Social Autopilot", register };
