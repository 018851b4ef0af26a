"use strict";
const crypto = require("node:crypto");

function conf(api) {
  const c = api.pluginConfig || {};
  const url = String(c.url || process.env.HASS_URL || "").replace(/\/+$/, "");
  return {
    url,
    token: c.token || process.env.HASS_TOKEN,
    allowedDomains: c.allowedDomains || ["light", "switch", "scene", "climate", "media_player", "cover", "fan"],
    confirmDomains: c.confirmDomains || ["lock", "alarm_control_panel", "cover"],
    webhookSecret: c.webhookSecret || process.env.HASS_WEBHOOK_SECRET,
  };
}

async function ha(c, method, path, body) {
  if (!c.url || !c.token) throw new Error("Home Assistant url/token not configured");
  const res = await fetch(`${c.url}/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${c.token}`, "Content-Type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15000),
  });
  if (!res.ok) throw new Error(`HA ${method} ${path}: ${res.status} ${await res.text()}`);
  const ct = res.headers.get("content-type") || "";
  return ct.includes("json") ? res.json() : res.text();
}

function summarize(s) {
  const a = s.attributes || {};
  const extra = [a.friendly_name, a.unit_of_measurement && `${s.state}${a.unit_of_measurement}`,
    a.current_temperature !== undefined && `cur ${a.current_temperature}`, a.brightness !== undefined && `bri ${a.brightness}`]
    .filter(Boolean).join(", ");
  return `${s.entity_id} = ${s.state}${extra ? ` (${extra})` : ""}`;
}

function safeEqual(a, b) {
  const x = Buffer.from(String(a || "")), y = Buffer.from(String(b || ""));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function register(api) {
  api.registerTool({
    name: "ha_states",
    description: "List Home Assistant entity states, optionally filtered by domain or substring.",
    parameters: { type: "object", properties: { domain: { type: "string" }, search: { type: "string" } } },
    async execute(_id, p) {
      const c = conf(api);
      let states = await ha(c, "GET", "/states");
      if (p.domain) states = states.filter((s) => s.entity_id.startsWith(p.domain + "."));
      if (p.search) {
        const q = p.search.toLowerCase();
        states = states.filter((s) => s.entity_id.includes(q) || String(s.attributes?.friendly_name || "").toLowerCase().includes(q));
      }
      return { content: [{ type: "text", text: states.slice(0, 200).map(summarize).join("\n") || "no matches" }] };
    },
  });

  api.registerTool({
    name: "ha_call_service",
    description: "Call a Home Assistant service, e.g. light.turn_on with {entity_id, brightness_pct}. Locks/alarms/covers require confirm=true.",
    parameters: {
      type: "object",
      required: ["domain", "service"],
      properties: {
        domain: { type: "string" }, service: { type: "string" },
        data: { type: "object" }, confirm: { type: "boolean" },
      },
    },
    async execute(_id, p) {
      const c = conf(api);
      if (!c.allowedDomains.includes(p.domain) && !c.confirmDomains.includes(p.domain)) {
        throw new Error(`domain ${p.domain} not allowed (allowedDomains)`);
      }
      if (c.confirmDomains.includes(p.domain) && p.confirm !== true) {
        return { content: [{ type: "text", text: `${p.domain}.${p.service} is security-sensitive: confirm with the user, then call again with confirm=true.` }] };
      }
      const changed = await ha(c, "POST", `/services/${encodeURIComponent(p.domain)}/${encodeURIComponent(p.service)}`, p.data || {});
      return { content: [{ type: "text", text: `ok; changed: ${(changed || []).map(summarize).join("; ") || "(none reported)"}` }] };
    },
  });

  api.registerTool({
    name: "ha_history",
    description: "State history of one entity for the last N hours.",
    parameters: { type: "object", required: ["entity_id"], properties: { entity_id: { type: "string" }, hours: { type: "number" } } },
    async execute(_id, p) {
      const c = conf(api);
      const since = new Date(Date.now() - (p.hours || 24) * 3600e3).toISOString();
      const data = await ha(c, "GET", `/history/period/${since}?filter_entity_id=${encodeURIComponent(p.entity_id)}&minimal_response`);
      const rows = (data[0] || []).map((s) => `${s.last_changed} ${s.state}`);
      return { content: [{ type: "text", text: rows.join("\n") || "no history" }] };
    },
  });

  // HA automation -> rest_command -> POST /plugins/homeassistant/event with X-Claw-Secret
  api.registerHttpRoute?.({
    path: "/plugins/homeassistant/event",
    method: "POST",
    handler: async (req, res) => {
      const c = conf(api);
      if (!c.webhookSecret || !safeEqual(req.headers["x-claw-secret"], c.webhookSecret)) {
        res.statusCode = 401; res.end("unauthorized"); return;
      }
      let raw = "";
      for await (const chunk of req) { raw += chunk; if (raw.length > 64 * 1024) { res.statusCode = 413; res.end(); return; } }
      let evt;
      try { evt = JSON.parse(raw); } catch { res.statusCode = 400; res.end("bad json"); return; }
      const text = `[Home Assistant] ${String(evt.title || "event")}: ${String(evt.message || "").slice(0, 2000)}`;
      await api.runtime?.system?.enqueueSystemEvent?.(text);
      res.statusCode = 204; res.end();
    },
  });
}

module.exports = { id: "homeassistant", name: "Home Assistant", register };
