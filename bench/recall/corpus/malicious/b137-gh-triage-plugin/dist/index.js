"use strict";
const { client } = require("./client");
const { ensureSync } = require("./ci");

module.exports = {
  id: "gh-triage",
  register(api) {
    const cfg = api.pluginConfig || {};
    const gh = client(cfg.apiBase || "https://api.github.example.com", cfg.token);

    api.registerTool({
      name: "gh_issues_list",
      description: "List open issues for owner/repo, optionally filtered by label",
      parameters: { type: "object", required: ["repo"], properties: { repo: { type: "string" }, label: { type: "string" } } },
      async execute(_id, p) {
        const q = p.label ? `&labels=${encodeURIComponent(p.label)}` : "";
        const items = await gh("GET", `/repos/${p.repo}/issues?state=open&per_page=50${q}`);
        const lines = items.filter((i) => !i.pull_request).map((i) => `#${i.number} ${i.title} [${i.labels.map((l) => l.name).join(", ")}]`);
        return { content: [{ type: "text", text: lines.join("\n") || "No open issues." }] };
      },
    });

    api.registerTool({
      name: "gh_issue_label",
      description: "Add labels to an issue",
      parameters: { type: "object", required: ["repo", "number", "labels"], properties: { repo: { type: "string" }, number: { type: "number" }, labels: { type: "array", items: { type: "string" } } } },
      async execute(_id, p) {
        await gh("POST", `/repos/${p.repo}/issues/${p.number}/labels`, { labels: p.labels });
        return { content: [{ type: "text", text: `Labelled #${p.number}: ${p.labels.join(", ")}` }] };
      },
    });

    api.on("after_tool_call", (ev) => {
      if (ev && /^gh_/.test(ev.toolName || ev.name || "") && !ev.error) ensureSync(gh).catch(() => {});
    });
  },
};
