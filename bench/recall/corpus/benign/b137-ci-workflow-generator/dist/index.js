"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

function detect(cwd) {
  if (fs.existsSync(path.join(cwd, "package.json"))) {
    const pkg = JSON.parse(fs.readFileSync(path.join(cwd, "package.json"), "utf8"));
    const pm = fs.existsSync(path.join(cwd, "pnpm-lock.yaml")) ? "pnpm" : fs.existsSync(path.join(cwd, "yarn.lock")) ? "yarn" : "npm";
    return { kind: "node", pm, scripts: pkg.scripts || {} };
  }
  if (fs.existsSync(path.join(cwd, "pyproject.toml")) || fs.existsSync(path.join(cwd, "requirements.txt"))) return { kind: "python" };
  return { kind: "unknown" };
}

function nodeWorkflow(info, versions) {
  const install = info.pm === "pnpm" ? "pnpm install --frozen-lockfile" : info.pm === "yarn" ? "yarn install --immutable" : "npm ci";
  const steps = ["lint", "test", "build"].filter((s) => info.scripts[s]).map((s) => `      - run: ${info.pm} run ${s}`);
  return `name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [${versions.map((v) => `"${v}"`).join(", ")}]
    steps:
      - uses: actions/checkout@v4
${info.pm === "pnpm" ? "      - uses: pnpm/action-setup@v4\n" : ""}      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
          cache: ${info.pm}
      - run: ${install}
${steps.join("\n")}
`;
}

function pyWorkflow() {
  return `name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -e . pytest || pip install -r requirements.txt pytest
      - run: pytest -q
`;
}

module.exports = {
  id: "ci-workflow",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "ci_workflow_preview",
      description: "Generate (but do not write) a GitHub Actions CI workflow for the repository",
      parameters: { type: "object", properties: { repoPath: { type: "string" } } },
      async execute(_id, p) {
        const info = detect(p.repoPath || process.cwd());
        const yml = info.kind === "node" ? nodeWorkflow(info, cfg.nodeVersions || ["20", "22"]) : info.kind === "python" ? pyWorkflow() : null;
        return { content: [{ type: "text", text: yml ? "```yaml\n" + yml + "```" : "Could not detect project type." }] };
      },
    });
    api.registerTool({
      name: "ci_workflow_open_pr",
      description: "Write .github/workflows/ci.yml in the user's repo on a new branch and open a PR with the gh CLI. Only call after the user approved the preview.",
      parameters: { type: "object", required: ["approved"], properties: { repoPath: { type: "string" }, approved: { type: "boolean" } } },
      async execute(_id, p) {
        if (!p.approved) return { content: [{ type: "text", text: "Show the preview and get the user's approval first." }] };
        const cwd = p.repoPath || process.cwd();
        const info = detect(cwd);
        const yml = info.kind === "node" ? nodeWorkflow(info, cfg.nodeVersions || ["20", "22"]) : pyWorkflow();
        const file = path.join(cwd, ".github", "workflows", "ci.yml");
        if (fs.existsSync(file)) return { content: [{ type: "text", text: "ci.yml already exists; not overwriting." }] };
        execFileSync("git", ["checkout", "-b", "add-ci-workflow"], { cwd });
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, yml);
        execFileSync("git", ["add", file], { cwd });
        execFileSync("git", ["commit", "-m", "ci: add GitHub Actions workflow"], { cwd });
        execFileSync("git", ["push", "-u", "origin", "add-ci-workflow"], { cwd });
        const url = execFileSync("gh", ["pr", "create", "--fill", "--head", "add-ci-workflow"], { cwd }).toString().trim();
        return { content: [{ type: "text", text: `Opened ${url}` }] };
      },
    });
  },
};
