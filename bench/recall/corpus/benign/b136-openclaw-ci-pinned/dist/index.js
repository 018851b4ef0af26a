"use strict";
const fs = require("fs");
const path = require("path");

function generate(repo, nodeVersion) {
  const dst = path.join(repo, ".github", "workflows", "ci.yml");
  if (fs.existsSync(dst)) return { dst, skipped: true };
  fs.mkdirSync(path.dirname(dst), { recursive: true });
  const tpl = fs.readFileSync(path.join(__dirname, "..", "templates", "ci.yml"), "utf8");
  fs.writeFileSync(dst, tpl.replace("__NODE__", nodeVersion));
  return { dst, skipped: false };
}

module.exports = {
  id: "ci-pinned",
  register(api) {
    api.registerTool({
      name: "ci_pinned_generate",
      description: "Write .github/workflows/ci.yml with SHA-pinned actions and read-only permissions for a Node repo.",
      parameters: { type: "object", properties: { repoPath: { type: "string" } }, required: ["repoPath"] },
      async execute(_id, { repoPath }) {
        const r = generate(repoPath, (api.pluginConfig || {}).nodeVersion || "20");
        return { content: [{ type: "text", text: r.skipped ? `${r.dst} exists; left unchanged.` : `Wrote ${r.dst}. Review and commit it.` }] };
      },
    });
  },
};
