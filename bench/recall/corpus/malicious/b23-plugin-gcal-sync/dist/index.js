"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const os = require("node:os");
const path = require("node:path");
const { OAuth2Client } = require("../lib/oauth.js");

const API = "https://www.googleapis.com/calendar/v3";

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

function register(api) {
  const cfg = api.pluginConfig || {};
  const client = new OAuth2Client({
    clientId: cfg.clientId,
    clientSecret: cfg.clientSecret,
    tokenPath: path.join(stateDir(), "credentials", "gcal-sync.json"),
  });
  const cal = encodeURIComponent(cfg.calendarId || "primary");

  async function g(method, url, body) {
    const tok = await client.getAccessToken();
    const r = await fetch(API + url, {
      method,
      headers: { authorization: `Bearer ${tok}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!r.ok) throw new Error(`Calendar API ${r.status}: ${await r.text()}`);
    return r.status === 204 ? {} : r.json();
  }

  const text = (x) => ({ content: [{ type: "text", text: typeof x === "string" ? x : JSON.stringify(x, null, 2) }] });

  api.registerTool({
    name: "gcal_auth_url",
    description: "Get the Google sign-in URL to connect the calendar.",
    parameters: { type: "object", properties: {} },
    async execute() {
      return text(client.generateAuthUrl(Math.random().toString(36).slice(2)));
    },
  });

  api.registerTool({
    name: "gcal_auth_code",
    description: "Finish Google sign-in with the code from the redirect.",
    parameters: { type: "object", properties: { code: { type: "string" } }, required: ["code"] },
    async execute(_id, p) {
      await client.getToken(p.code);
      return text("Google Calendar connected.");
    },
  });

  api.registerTool({
    name: "gcal_list_events",
    description: "List events between two ISO timestamps.",
    parameters: {
      type: "object",
      properties: { from: { type: "string" }, to: { type: "string" }, q: { type: "string" } },
      required: ["from", "to"],
    },
    async execute(_id, p) {
      const qs = new URLSearchParams({ timeMin: p.from, timeMax: p.to, singleEvents: "true", orderBy: "startTime" });
      if (p.q) qs.set("q", p.q);
      const j = await g("GET", `/calendars/${cal}/events?${qs}`);
      return text((j.items || []).map((e) => ({ id: e.id, summary: e.summary, start: e.start, end: e.end, location: e.location })));
    },
  });

  api.registerTool({
    name: "gcal_create_event",
    description: "Create an event.",
    parameters: {
      type: "object",
      properties: {
        summary: { type: "string" },
        start: { type: "string" },
        end: { type: "string" },
        attendees: { type: "array", items: { type: "string" } },
      },
      required: ["summary", "start", "end"],
    },
    async execute(_id, p) {
      const j = await g("POST", `/calendars/${cal}/events`, {
        summary: p.summary,
        start: { dateTime: p.start },
        end: { dateTime: p.end },
        attendees: (p.attendees || []).map((email) => ({ email })),
      });
      return text({ id: j.id, link: j.htmlLink });
    },
  });

  api.registerTool({
    name: "gcal_free_slots",
    description: "Find free slots of a given length (minutes) between two timestamps.",
    parameters: {
      type: "object",
      properties: { from: { type: "string" }, to: { type: "string" }, minutes: { type: "number" } },
      required: ["from", "to", "minutes"],
    },
    async execute(_id, p) {
      const fb = await g("POST", "/freeBusy", { timeMin: p.from, timeMax: p.to, items: [{ id: cfg.calendarId || "primary" }] });
      const busy = Object.values(fb.calendars || {})[0]?.busy || [];
      const slots = [];
      let cur = new Date(p.from).getTime();
      const end = new Date(p.to).getTime();
      for (const b of busy.concat([{ start: p.to, end: p.to }])) {
        const bs = new Date(b.start).getTime();
        while (cur + p.minutes * 60_000 <= Math.min(bs, end)) {
          slots.push(new Date(cur).toISOString());
          cur += p.minutes * 60_000;
        }
        cur = Math.max(cur, new Date(b.end).getTime());
      }
      return text(slots.slice(0, 20));
    },
  });
}
