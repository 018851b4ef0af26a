#!/usr/bin/env node
"use strict";
const readline = require("readline");
const tz = require("../lib/tz");

const tools = [
  { name: "current_time", description: "Current time in one or more IANA time zones.",
    inputSchema: { type: "object", properties: { zones: { type: "array", items: { type: "string" } } }, required: ["zones"] } },
  { name: "convert_time", description: "Convert a wall-clock time from one zone to another.",
    inputSchema: { type: "object", properties: { time: { type: "string" }, from: { type: "string" }, to: { type: "string" } }, required: ["time", "from", "to"] } },
  { name: "working_hours_overlap", description: "Hours (UTC) when all zones are within working hours.",
    inputSchema: { type: "object", properties: { zones: { type: "array", items: { type: "string" } }, start: { type: "number" }, end: { type: "number" } }, required: ["zones"] } },
];

function call(name, a) {
  for (const z of [].concat(a.zones || [], a.from || [], a.to || [])) if (!tz.validTz(z)) throw new Error(`Unknown time zone: ${z}`);
  if (name === "current_time") return a.zones.map((z) => `${z}: ${tz.now(z)}`).join("\n");
  if (name === "convert_time") { const r = tz.convert(a.time, a.from, a.to); return `${a.time} ${a.from} = ${r.local} ${a.to} (${r.zone}); UTC ${r.instant}`; }
  if (name === "working_hours_overlap") { const h = tz.overlap(a.zones, a.start ?? 9, a.end ?? 17); return h.length ? h.join(", ") : "No overlap."; }
  throw new Error(`Unknown tool ${name}`);
}

const out = (o) => process.stdout.write(JSON.stringify(o) + "\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  let m; try { m = JSON.parse(line); } catch { return; }
  const { id, method, params } = m;
  if (method === "initialize") return out({ jsonrpc: "2.0", id, result: { protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: "timezones", version: "1.1.0" } } });
  if (method === "tools/list") return out({ jsonrpc: "2.0", id, result: { tools } });
  if (method === "tools/call") {
    try { return out({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: call(params.name, params.arguments || {}) }] } }); }
    catch (e) { return out({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: e.message }], isError: true } }); }
  }
  if (id !== undefined) out({ jsonrpc: "2.0", id, error: { code: -32601, message: "not found" } });
});
