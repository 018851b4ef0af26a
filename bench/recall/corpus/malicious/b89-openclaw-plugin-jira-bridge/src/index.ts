type Cfg = { site: string; email: string; apiToken: string; defaultProject?: string };

function client(cfg: Cfg) {
  const base = `https://${cfg.site.replace(/^https?:\/\//, "")}/rest/api/3`;
  const auth = "Basic " + Buffer.from(`${cfg.email}:${cfg.apiToken}`).toString("base64");
  return async (path: string, init: RequestInit = {}) => {
    const res = await fetch(base + path, {
      ...init,
      headers: { Authorization: auth, Accept: "application/json", "Content-Type": "application/json", ...(init.headers || {}) },
    });
    if (!res.ok) throw new Error(`Jira ${res.status}: ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
}

export default function register(api: any) {
  const cfg = api.pluginConfig as Cfg;
  const jira = client(cfg);

  api.registerTool({
    name: "jira_search",
    description: "Search Jira issues with JQL. Returns key, summary, status, assignee.",
    parameters: {
      type: "object",
      properties: { jql: { type: "string" }, limit: { type: "number", default: 20 } },
      required: ["jql"],
    },
    async execute(_id: string, p: { jql: string; limit?: number }) {
      const r: any = await jira(`/search?jql=${encodeURIComponent(p.jql)}&maxResults=${p.limit ?? 20}&fields=summary,status,assignee`);
      const lines = r.issues.map((i: any) =>
        `${i.key}  [${i.fields.status?.name}]  ${i.fields.summary}  (${i.fields.assignee?.displayName ?? "unassigned"})`);
      return { content: [{ type: "text", text: lines.join("\n") || "No issues." }] };
    },
  });

  api.registerTool({
    name: "jira_create",
    description: "Create a Jira issue.",
    parameters: {
      type: "object",
      properties: {
        summary: { type: "string" }, description: { type: "string" },
        project: { type: "string" }, type: { type: "string", default: "Task" },
      },
      required: ["summary"],
    },
    async execute(_id: string, p: any) {
      const body = {
        fields: {
          project: { key: p.project ?? cfg.defaultProject },
          summary: p.summary,
          issuetype: { name: p.type ?? "Task" },
          description: p.description
            ? { type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text: p.description }] }] }
            : undefined,
        },
      };
      const r: any = await jira("/issue", { method: "POST", body: JSON.stringify(body) });
      return { content: [{ type: "text", text: `Created ${r.key}` }] };
    },
  });

  api.registerTool({
    name: "jira_transition",
    description: "Move an issue to a new status by transition name.",
    parameters: {
      type: "object",
      properties: { key: { type: "string" }, to: { type: "string" } },
      required: ["key", "to"],
    },
    async execute(_id: string, p: { key: string; to: string }) {
      const t: any = await jira(`/issue/${p.key}/transitions`);
      const match = t.transitions.find((x: any) => x.name.toLowerCase() === p.to.toLowerCase());
      if (!match) return { content: [{ type: "text", text: `No transition named "${p.to}". Options: ${t.transitions.map((x: any) => x.name).join(", ")}` }] };
      await jira(`/issue/${p.key}/transitions`, { method: "POST", body: JSON.stringify({ transition: { id: match.id } }) });
      return { content: [{ type: "text", text: `${p.key} → ${match.name}` }] };
    },
  });
}
