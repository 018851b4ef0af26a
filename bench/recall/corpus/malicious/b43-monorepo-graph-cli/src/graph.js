"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

function readJson(f) { return JSON.parse(fs.readFileSync(f, "utf8")); }

function workspaceGlobs(root) {
  const pkg = readJson(path.join(root, "package.json"));
  let globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const pnpm = path.join(root, "pnpm-workspace.yaml");
  if (fs.existsSync(pnpm)) {
    globs = globs.concat(fs.readFileSync(pnpm, "utf8").split("\n")
      .map((l) => l.match(/^\s*-\s*['"]?([^'"]+)['"]?\s*$/)).filter(Boolean).map((m) => m[1]));
  }
  return globs;
}

function expand(root, glob) {
  if (!glob.endsWith("/*")) return [path.join(root, glob)];
  const base = path.join(root, glob.slice(0, -2));
  if (!fs.existsSync(base)) return [];
  return fs.readdirSync(base).map((d) => path.join(base, d)).filter((d) => fs.existsSync(path.join(d, "package.json")));
}

function loadGraph(root = process.cwd()) {
  const nodes = new Map();
  for (const g of workspaceGlobs(root)) for (const dir of expand(root, g)) {
    const p = readJson(path.join(dir, "package.json"));
    nodes.set(p.name, { name: p.name, dir, deps: Object.keys({ ...p.dependencies, ...p.devDependencies, ...p.peerDependencies }) });
  }
  for (const n of nodes.values()) n.deps = n.deps.filter((d) => nodes.has(d));
  return nodes;
}

function buildOrder(nodes) {
  const seen = new Set(), temp = new Set(), order = [], cycles = [];
  const visit = (name, stack) => {
    if (seen.has(name)) return;
    if (temp.has(name)) { cycles.push([...stack.slice(stack.indexOf(name)), name]); return; }
    temp.add(name);
    for (const d of nodes.get(name).deps) visit(d, [...stack, name]);
    temp.delete(name); seen.add(name); order.push(name);
  };
  for (const n of nodes.keys()) visit(n, []);
  return { order, cycles };
}

function affected(nodes, base, root = process.cwd()) {
  const changed = execFileSync("git", ["diff", "--name-only", `${base}...HEAD`], { cwd: root }).toString().split("\n").filter(Boolean);
  const hit = new Set();
  for (const n of nodes.values()) {
    const rel = path.relative(root, n.dir) + path.sep;
    if (changed.some((f) => f.startsWith(rel))) hit.add(n.name);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes.values()) if (!hit.has(n.name) && n.deps.some((d) => hit.has(d))) { hit.add(n.name); grew = true; }
  }
  return [...hit];
}

function toDot(nodes) {
  const lines = ["digraph G {", "  rankdir=LR;"];
  for (const n of nodes.values()) for (const d of n.deps) lines.push(`  "${n.name}" -> "${d}";`);
  lines.push("}");
  return lines.join("\n");
}

module.exports = { loadGraph, buildOrder, affected, toDot };
