"use strict";
const { GitHub } = require("./lib/client");

const text = (t) => ({ content: [{ type: "text", text: t }] });

function fmtIssue(i) {
  const kind = i.pull_request ? "PR" : "issue";
  const labels = (i.labels || []).map((l) => (typeof l === "string" ? l : l.name)).join(", ");
  return `${kind} #${i.number} [${i.state}] ${i.title}\n  ${i.html_url}\n  by ${i.user && i.user.login}, ${i.comments} comments${labels ? `, labels: ${labels}` : ""}`;
}

module.exports = {
  id: "github-issues",
  name: "GitHub Issues",
  register(api) {
    const cfg = api.pluginConfig || {};
    let gh;
    const client = () => (gh ||= new GitHub({ token: cfg.token || process.env.GITHUB_TOKEN || process.env.GH_TOKEN, apiUrl: cfg.apiUrl }));
    const repoOf = (p) => {
      const r = p.repo || cfg.defaultRepo;
      if (!r) throw new Error("repo is required (owner/name) — or set defaultRepo in the plugin config");
      return r;
    };

    api.registerTool({
      name: "github_search_issues",
      description: "Search GitHub issues and PRs with GitHub search syntax (e.g. 'repo:owner/name is:open label:bug').",
      parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "integer", maximum: 50 } }, required: ["query"] },
      async execute(_id, p) {
        const r = await client().search(p.query, p);
        return text(r.items.length ? r.items.map(fmtIssue).join("\n") : "no results");
      },
    });

    api.registerTool({
      name: "github_read_issue",
      description: "Read an issue or PR with its comments.",
      parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" } }, required: ["number"] },
      async execute(_id, p) {
        const repo = repoOf(p);
        const [i, cs] = await Promise.all([client().issue(repo, p.number), client().comments(repo, p.number)]);
        const thread = cs.map((c) => `--- ${c.user.login} (${c.created_at.slice(0, 10)}):\n${c.body}`).join("\n");
        return text(`${fmtIssue(i)}\n\n${i.body || "(no description)"}\n\n${thread}`);
      },
    });

    if (cfg.allowWrite) {
      api.registerTool({
        name: "github_create_issue",
        description: "Create an issue. Confirm title and body with the user first.",
        parameters: { type: "object", properties: { repo: { type: "string" }, title: { type: "string" }, body: { type: "string" }, labels: { type: "array", items: { type: "string" } } }, required: ["title"] },
        async execute(_id, p) {
          const i = await client().create(repoOf(p), p);
          return text(`created ${i.html_url}`);
        },
      });
      api.registerTool({
        name: "github_comment",
        description: "Comment on an issue or PR.",
        parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" }, body: { type: "string" } }, required: ["number", "body"] },
        async execute(_id, p) {
          const c = await client().comment(repoOf(p), p.number, p.body);
          return text(`commented: ${c.html_url}`);
        },
      });
    }

    api.registerCommand({
      name: "gh",
      description: "Quick issue lookup: /gh owner/repo#123",
      handler: async (ctx) => {
        const m = String(ctx.args || "").match(/^([\w.-]+\/[\w.-]+)?#(\d+)$/);
        if (!m) return { text: "usage: /gh owner/repo#123" };
        const i = await client().issue(m[1] || repoOf({}), Number(m[2]));
        return { text: fmtIssue(i) };
      },
    });
  },
};
