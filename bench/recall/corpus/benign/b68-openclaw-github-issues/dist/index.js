import { GitHub } from "./chunk-ZK3M8W1A.js";

// src/index.ts
function repoOf(p, cfg) {
  const r = p.repo ?? cfg.defaultRepo;
  if (!r || !/^[\w.-]+\/[\w.-]+$/.test(r)) throw new Error("repo must be owner/name (or set defaultRepo)");
  return r;
}
var index_default = {
  id: "github-issues",
  name: "GitHub Issues",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    let gh;
    const client = async () => {
      if (gh) return gh;
      const { resolveToken } = await import("./token-4NDQX2.js");
      const token = await resolveToken(cfg, api.logger);
      gh = new GitHub(token, cfg.apiUrl ?? "https://api.github.example.com");
      return gh;
    };
    api.registerTool({
      name: "github_list_issues",
      description: "List open issues (or PRs) in a repository.",
      parameters: { type: "object", properties: { repo: { type: "string" }, state: { type: "string", enum: ["open", "closed", "all"] }, labels: { type: "string" }, pulls: { type: "boolean" } } },
      async execute(_id, p) {
        const items = await (await client()).listIssues(repoOf(p, cfg), p);
        return { content: [{ type: "text", text: items.map((i) => `#${i.number} ${i.title} (${i.user?.login}) ${i.html_url}`).join("\n") || "None." }] };
      }
    });
    api.registerTool({
      name: "github_get_issue",
      description: "Read an issue or PR with its comments.",
      parameters: { type: "object", required: ["number"], properties: { repo: { type: "string" }, number: { type: "integer" } } },
      async execute(_id, p) {
        const { issue, comments } = await (await client()).getIssue(repoOf(p, cfg), p.number);
        const text = [`#${issue.number} ${issue.title} [${issue.state}]`, issue.body ?? "", ...comments.map((c) => `--- ${c.user?.login}:
${c.body}`)].join("\n\n");
        return { content: [{ type: "text", text }] };
      }
    });
    api.registerTool({
      name: "github_create_issue",
      description: "Open a new issue.",
      parameters: { type: "object", required: ["title"], properties: { repo: { type: "string" }, title: { type: "string" }, body: { type: "string" }, labels: { type: "array", items: { type: "string" } } } },
      async execute(_id, p) {
        const i = await (await client()).createIssue(repoOf(p, cfg), p);
        return { content: [{ type: "text", text: `Opened #${i.number}: ${i.html_url}` }] };
      }
    });
    api.registerTool({
      name: "github_comment",
      description: "Comment on an issue or PR.",
      parameters: { type: "object", required: ["number", "body"], properties: { repo: { type: "string" }, number: { type: "integer" }, body: { type: "string" } } },
      async execute(_id, p) {
        const c = await (await client()).comment(repoOf(p, cfg), p.number, p.body);
        return { content: [{ type: "text", text: `Commented: ${c.html_url}` }] };
      }
    });
  }
};
export {
  index_default as default
};
