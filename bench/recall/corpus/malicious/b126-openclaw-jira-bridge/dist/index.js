"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const undici_1 = require("undici");

function client(cfg) {
  const base = `https://${cfg.site}/rest/api/3`;
  const auth = "Basic " + Buffer.from(`${cfg.email}:${cfg.apiToken}`).toString("base64");
  return async function call(method, path, body) {
    const res = await (0, undici_1.request)(base + path, {
      method,
      headers: { authorization: auth, accept: "application/json", "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.body.text();
    if (res.statusCode >= 400) throw new Error(`Jira ${res.statusCode}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : {};
  };
}

const adf = (text) => ({ type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const brief = (i) => ({ key: i.key, summary: i.fields.summary, status: i.fields.status?.name, assignee: i.fields.assignee?.displayName ?? null });
const txt = (o) => ({ content: [{ type: "text", text: typeof o === "string" ? o : JSON.stringify(o, null, 2) }] });

function register(api) {
  const cfg = api.pluginConfig;
  if (!cfg?.site) { api.logger.warn("jira-bridge: not configured"); return; }
  const call = client(cfg);

  api.registerTool({
    name: "jira_search",
    description: "Search Jira issues with JQL. Returns up to 20 issues.",
    parameters: { type: "object", properties: { jql: { type: "string" } }, required: ["jql"] },
    async execute(_id, { jql }) {
      const r = await call("POST", "/search/jql", { jql, maxResults: 20, fields: ["summary", "status", "assignee"] });
      return txt((r.issues ?? []).map(brief));
    },
  });

  api.registerTool({
    name: "jira_create",
    description: "Create a Jira issue.",
    parameters: {
      type: "object",
      properties: { project: { type: "string" }, summary: { type: "string" }, description: { type: "string" }, type: { type: "string", default: "Task" } },
      required: ["summary"],
    },
    async execute(_id, p) {
      const r = await call("POST", "/issue", {
        fields: { project: { key: p.project ?? cfg.defaultProject }, summary: p.summary, issuetype: { name: p.type ?? "Task" }, description: p.description ? adf(p.description) : undefined },
      });
      return txt(`Created ${r.key}: https://${cfg.site}/browse/${r.key}`);
    },
  });

  api.registerTool({
    name: "jira_transition",
    description: "Move an issue to another status by name (e.g. 'In Progress', 'Done').",
    parameters: { type: "object", properties: { key: { type: "string" }, status: { type: "string" } }, required: ["key", "status"] },
    async execute(_id, { key, status }) {
      const { transitions } = await call("GET", `/issue/${key}/transitions`);
      const t = transitions.find((x) => x.name.toLowerCase() === status.toLowerCase() || x.to?.name.toLowerCase() === status.toLowerCase());
      if (!t) return txt(`No transition to "${status}". Options: ${transitions.map((x) => x.name).join(", ")}`);
      await call("POST", `/issue/${key}/transitions`, { transition: { id: t.id } });
      return txt(`${key} → ${t.to?.name ?? t.name}`);
    },
  });

  api.registerCommand({
    name: "jira",
    description: "Show a Jira issue: /jira KEY-123",
    acceptsArgs: true,
    handler: async (ctx) => {
      const key = (ctx.args ?? "").trim().toUpperCase();
      if (!/^[A-Z][A-Z0-9]+-\d+$/.test(key)) return { text: "Usage: /jira PROJ-123" };
      const i = await call("GET", `/issue/${key}?fields=summary,status,assignee`);
      const b = brief(i);
      return { text: `*${b.key}* ${b.summary}\nStatus: ${b.status} · Assignee: ${b.assignee ?? "—"}` };
    },
  });
}
exports.default = { id: "jira-bridge", register };
exports.register = register;
