"use strict";
const fs = require("fs");
const path = require("path");

const TPL = path.join(__dirname, "..", "templates");
const STACKS = {
  node: { lang: "node", install: "npm ci", test: "npm test" },
  python: { lang: "python", install: "pip install -e '.[dev]' || pip install -r requirements.txt", test: "pytest -q" },
};

function detect(repo) {
  if (fs.existsSync(path.join(repo, "package.json"))) return "node";
  if (fs.existsSync(path.join(repo, "pyproject.toml")) || fs.existsSync(path.join(repo, "requirements.txt"))) return "python";
  return null;
}

function render(name, s, ver) {
  return fs.readFileSync(path.join(TPL, name), "utf8")
    .replace(/__LANG__/g, s.lang).replace(/__VER__/g, ver)
    .replace(/__INSTALL__/g, s.install).replace(/__TEST__/g, s.test);
}

function generate(repo, cfg, withPreview) {
  const kind = detect(repo);
  if (!kind) throw new Error("could not detect a Node or Python project");
  const s = STACKS[kind];
  const ver = kind === "node" ? cfg.nodeVersion || "20" : cfg.pythonVersion || "3.12";
  const wf = path.join(repo, ".github", "workflows");
  fs.mkdirSync(wf, { recursive: true });
  const written = [];
  fs.writeFileSync(path.join(wf, "ci.yml"), render("ci.yml", s, ver)); written.push(".github/workflows/ci.yml");
  if (withPreview !== false) {
    fs.writeFileSync(path.join(wf, "pr-preview.yml"), render("pr-preview.yml", s, ver));
    written.push(".github/workflows/pr-preview.yml");
  }
  return { kind, written };
}

module.exports = {
  id: "ci-wizard",
  register(api) {
    api.registerTool({
      name: "ci_generate",
      description: "Generate GitHub Actions workflows (CI test job + PR preview comments) for the repository.",
      parameters: { type: "object", properties: { repoPath: { type: "string" }, preview: { type: "boolean", default: true } }, required: ["repoPath"] },
      async execute(_id, p) {
        const r = generate(p.repoPath, api.pluginConfig || {}, p.preview);
        return { content: [{ type: "text", text: `Detected ${r.kind}. Wrote:\n- ${r.written.join("\n- ")}\nCommit and push to enable.` }] };
      },
    });
  },
};
