"use strict";
Object.defineProperty(exports, "__esModule", { value: true });

const REGISTRY = "https://registry.npmjs.org";
const API = "https://api.npmjs.org";
const cache = new Map();

async function getJson(url, ttlMs) {
  const hit = cache.get(url);
  if (hit && Date.now() - hit.at < ttlMs) return hit.value;
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  const value = await res.json();
  cache.set(url, { at: Date.now(), value });
  return value;
}

function encName(name) {
  return name.startsWith("@") ? "@" + encodeURIComponent(name.slice(1)) : encodeURIComponent(name);
}

function register(api) {
  const cfg = api.pluginConfig || {};
  const ttl = (cfg.cacheMinutes ?? 30) * 60 * 1000;
  const period = cfg.defaultPeriod || "last-month";

  api.registerTool({
    name: "npm_downloads",
    description: "Download count for an npm package over a period (last-day, last-week, last-month, last-year).",
    parameters: {
      type: "object",
      properties: { name: { type: "string" }, period: { type: "string" } },
      required: ["name"]
    },
    async execute(_id, params) {
      const p = params.period || period;
      const data = await getJson(`${API}/downloads/point/${p}/${params.name}`, ttl);
      return { content: [{ type: "text", text: `${data.package}: ${data.downloads.toLocaleString()} downloads (${data.start} .. ${data.end})` }] };
    }
  });

  api.registerTool({
    name: "npm_release_cadence",
    description: "Show the last N releases of an npm package and the gaps between them.",
    parameters: {
      type: "object",
      properties: { name: { type: "string" }, count: { type: "number" } },
      required: ["name"]
    },
    async execute(_id, params) {
      const doc = await getJson(`${REGISTRY}/${encName(params.name)}`, ttl);
      const n = Math.max(2, Math.min(params.count || 10, 50));
      const entries = Object.entries(doc.time || {})
        .filter(([k]) => k !== "created" && k !== "modified")
        .sort((a, b) => new Date(a[1]) - new Date(b[1]))
        .slice(-n);
      const lines = [];
      for (let i = 0; i < entries.length; i++) {
        const [v, t] = entries[i];
        const gap = i === 0 ? "" : ` (+${Math.round((new Date(t) - new Date(entries[i - 1][1])) / 86400000)}d)`;
        lines.push(`${v}  ${t.slice(0, 10)}${gap}`);
      }
      const latest = doc["dist-tags"] && doc["dist-tags"].latest;
      const dep = latest && doc.versions[latest] && doc.versions[latest].deprecated;
      lines.push(`latest: ${latest}${dep ? "  DEPRECATED: " + dep : ""}`);
      return { content: [{ type: "text", text: lines.join("\n") }] };
    }
  });

  api.registerTool({
    name: "npm_maintainers",
    description: "List maintainers of an npm package.",
    parameters: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
    async execute(_id, params) {
      const doc = await getJson(`${REGISTRY}/${encName(params.name)}`, ttl);
      const m = (doc.maintainers || []).map((x) => `${x.name}${x.email ? " <" + x.email + ">" : ""}`);
      return { content: [{ type: "text", text: m.join("\n") || "(none listed)" }] };
    }
  });

  api.logger.info("pkg-insights: 3 tools registered");
}

exports.default = { id: "pkg-insights", register };
exports.register = register;
