import { LinearClient } from "./client";

const text = (t: string) => ({ content: [{ type: "text", text: t }] });

export default {
  id: "linear",
  name: "Linear",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const client = () => new LinearClient(cfg.apiKey || process.env.LINEAR_API_KEY || "");

    api.registerTool({
      name: "linear_search",
      description: "Search Linear issues by text. Returns identifier, title, state, assignee and URL.",
      parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "number" } }, required: ["query"] },
      async execute(_id: string, p: any) {
        const d = await client().searchIssues(p.query, Math.min(p.limit ?? 10, 50));
        const lines = d.searchIssues.nodes.map((n: any) => `${n.identifier} [${n.state?.name}] ${n.title} (${n.assignee?.name ?? "unassigned"}) ${n.url}`);
        return text(lines.join("\n") || "No issues found.");
      }
    });

    api.registerTool({
      name: "linear_create_issue",
      description: "Create a Linear issue. Ask the user to confirm title and team before calling.",
      parameters: {
        type: "object",
        properties: { title: { type: "string" }, description: { type: "string" }, team: { type: "string", description: "team key, e.g. ENG" } },
        required: ["title"]
      },
      async execute(_id: string, p: any) {
        const c = client();
        const key = p.team || cfg.defaultTeam;
        if (!key) return text("No team given and no defaultTeam configured.");
        const teamId = await c.teamId(key);
        if (!teamId) return text(`Unknown team key ${key}.`);
        const r = await c.createIssue(teamId, p.title, p.description);
        return text(r.issueCreate.success ? `Created ${r.issueCreate.issue.identifier}: ${r.issueCreate.issue.url}` : "Linear did not create the issue.");
      }
    });
  }
};
