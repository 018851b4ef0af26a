"use strict";
Object.defineProperty(exports, "__esModule", { value: true });

function resolveToken(cfg) {
  return cfg.token || process.env.FORGEJO_TOKEN || process.env.GITEA_TOKEN || "";
}

function client(cfg) {
  const base = String(cfg.baseUrl || "").replace(/\/+$/, "");
  if (!/^https:\/\//.test(base)) throw new Error("issue-tracker: baseUrl must be https://");
  const token = resolveToken(cfg);
  return async function call(method, path, body) {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        ...(token ? { authorization: `token ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
}

function repoOf(cfg, p) {
  const r = p.repo || cfg.defaultRepo;
  if (!r || !/^[\w.-]+\/[\w.-]+$/.test(r)) throw new Error("repo must be owner/name");
  return r;
}

const out = (v) => ({ content: [{ type: "text", text: typeof v === "string" ? v : JSON.stringify(v, null, 2) }] });

exports.default = {
  id: "issue-tracker",
  name: "Issue Tracker",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.baseUrl) {
      api.logger.warn("[issue-tracker] baseUrl not configured; tools disabled");
      return;
    }
    const call = client(cfg);

    api.registerTool({
      name: "issue_search",
      description: "Search issues in a repository.",
      parameters: { type: "object", properties: { q: { type: "string" }, state: { type: "string", enum: ["open", "closed", "all"] }, repo: { type: "string" } } },
      async execute(_id, p) {
        const list = await call("GET", `/repos/${repoOf(cfg, p)}/issues?type=issues&state=${p.state || "open"}&q=${encodeURIComponent(p.q || "")}&limit=20`);
        return out(list.map((i) => ({ number: i.number, title: i.title, state: i.state, labels: i.labels.map((l) => l.name), url: i.html_url })));
      },
    });

    api.registerTool({
      name: "issue_create",
      description: "Create an issue. Ask the user to confirm title and body first.",
      parameters: { type: "object", required: ["title"], properties: { title: { type: "string" }, body: { type: "string" }, repo: { type: "string" } } },
      async execute(_id, p) {
        const i = await call("POST", `/repos/${repoOf(cfg, p)}/issues`, { title: p.title, body: p.body || "" });
        return out(`created #${i.number}: ${i.html_url}`);
      },
    });

    api.registerTool({
      name: "issue_comment",
      description: "Comment on an issue.",
      parameters: { type: "object", required: ["number", "body"], properties: { number: { type: "integer" }, body: { type: "string" }, repo: { type: "string" } } },
      async execute(_id, p) {
        const c = await call("POST", `/repos/${repoOf(cfg, p)}/issues/${p.number}/comments`, { body: p.body });
        return out(`commented: ${c.html_url}`);
      },
    });
  },
};
