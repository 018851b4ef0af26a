"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

function readJson(p) { try { return JSON.parse(fs.readFileSync(p, "utf8")); } catch { return null; } }

function expand(root, pattern) {
  const base = pattern.replace(/\/?\*.*$/, "");
  const dir = path.join(root, base);
  if (!pattern.includes("*")) return fs.existsSync(path.join(dir, "package.json")) ? [dir] : [];
  try {
    return fs.readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "package.json")))
      .map((d) => path.join(dir, d.name));
  } catch { return []; }
}

function projectGraph(root) {
  const rootPkg = readJson(path.join(root, "package.json")) || {};
  const patterns = Array.isArray(rootPkg.workspaces) ? rootPkg.workspaces : (rootPkg.workspaces && rootPkg.workspaces.packages) || [];
  const projects = {};
  for (const pat of patterns) for (const dir of expand(root, pat)) {
    const pj = readJson(path.join(dir, "package.json"));
    if (pj && pj.name) projects[pj.name] = { name: pj.name, dir: path.relative(root, dir), deps: [] };
  }
  for (const p of Object.values(projects)) {
    const pj = readJson(path.join(root, p.dir, "package.json"));
    const all = Object.assign({}, pj.dependencies, pj.devDependencies, pj.peerDependencies);
    p.deps = Object.keys(all).filter((d) => projects[d]);
  }
  return projects;
}

function affected(root, graph, base) {
  let files = [];
  try { files = execFileSync("git", ["diff", "--name-only", `${base}...HEAD`], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean); } catch {}
  const touched = new Set(Object.values(graph).filter((p) => files.some((f) => f.startsWith(p.dir + "/"))).map((p) => p.name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of Object.values(graph)) if (!touched.has(p.name) && p.deps.some((d) => touched.has(d))) { touched.add(p.name); grew = true; }
  }
  return [...touched];
}

module.exports = {
  id: "workspace-graph",
  register(api) {
    const root = () => (api.pluginConfig && api.pluginConfig.root) || process.cwd();
    api.registerTool({
      name: "workspace_graph",
      description: "List workspace projects of the monorepo and their internal dependency edges.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const g = projectGraph(root());
        const lines = Object.values(g).map((p) => `${p.name} (${p.dir})${p.deps.length ? " -> " + p.deps.join(", ") : ""}`);
        return { content: [{ type: "text", text: lines.join("\n") || "No workspaces found." }] };
      }
    });
    api.registerTool({
      name: "workspace_affected",
      description: "Projects affected by changes since a base ref (default origin/main), including dependents.",
      parameters: { type: "object", properties: { base: { type: "string" } } },
      async execute(_id, params) {
        const g = projectGraph(root());
        return { content: [{ type: "text", text: affected(root(), g, params.base || "origin/main").join("\n") || "Nothing affected." }] };
      }
    });
  }
};
