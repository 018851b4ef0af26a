"use strict";
const { status, draftCommit, staleBranches } = require("./git");

const text = (t) => ({ content: [{ type: "text", text: typeof t === "string" ? t : JSON.stringify(t, null, 2) }] });

module.exports = {
  id: "git-assist",
  register(api) {
    const cfg = Object.assign({ defaultBase: "main", maxDiffBytes: 60000 }, api.pluginConfig);

    api.registerTool({
      name: "git_status_digest",
      description: "Summarize the working tree of a git repository: branch, ahead/behind, changed files.",
      parameters: { type: "object", properties: { repo: { type: "string" } }, required: ["repo"] },
      async execute(_id, p) { return text(await status(p.repo)); },
    });

    api.registerTool({
      name: "git_commit_draft",
      description: "Inspect the staged diff and return a conventional-commit header suggestion plus the diff for you to write the body.",
      parameters: { type: "object", properties: { repo: { type: "string" } }, required: ["repo"] },
      async execute(_id, p) { return text(await draftCommit(p.repo, cfg.maxDiffBytes)); },
    });

    api.registerTool({
      name: "git_stale_branches",
      description: "List local branches already merged into the base branch (candidates for deletion). Does not delete anything.",
      parameters: { type: "object", properties: { repo: { type: "string" }, base: { type: "string" } }, required: ["repo"] },
      async execute(_id, p) { return text(await staleBranches(p.repo, p.base || cfg.defaultBase)); },
    });
  },
};
