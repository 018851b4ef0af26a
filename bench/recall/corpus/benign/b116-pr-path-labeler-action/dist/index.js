"use strict";
// Bundled build of src/main.js (ncc). No third-party runtime dependencies.
const fs = require("fs");
const os = require("os");

function input(name, def = "") {
  return (process.env[`INPUT_${name.toUpperCase()}`] || def).trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}${os.EOL}`);
}

const API = process.env.GITHUB_API_URL || "https://api.github.com";

async function gh(token, method, path, body) {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 404 && method === "DELETE") return null;
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

// minimal glob: ** (any path), * (segment chars), ? (one char)
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") { re += ".*"; i++; if (glob[i + 1] === "/") i++; }
    else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

async function run() {
  const token = input("token");
  const configPath = input("config", ".github/path-labels.json");
  const removeStale = input("remove-stale", "false") === "true";
  const event = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"));
  const pr = event.pull_request;
  if (!pr) { console.log("Not a pull_request event; nothing to do."); return; }
  const repo = process.env.GITHUB_REPOSITORY;

  // Read rules from the BASE branch so a PR cannot change its own labelling rules.
  const cfgFile = await gh(token, "GET", `/repos/${repo}/contents/${encodeURIComponent(configPath).replace(/%2F/g, "/")}?ref=${encodeURIComponent(pr.base.ref)}`);
  const rules = JSON.parse(Buffer.from(cfgFile.content, "base64").toString("utf8"));

  const files = [];
  for (let page = 1; page <= 30; page++) {
    const batch = await gh(token, "GET", `/repos/${repo}/pulls/${pr.number}/files?per_page=100&page=${page}`);
    files.push(...batch.map((f) => f.filename));
    if (batch.length < 100) break;
  }

  const wanted = [];
  for (const [label, globs] of Object.entries(rules)) {
    const res = [].concat(globs).map(globToRegExp);
    if (files.some((f) => res.some((r) => r.test(f)))) wanted.push(label);
  }

  const current = pr.labels.map((l) => l.name);
  const toAdd = wanted.filter((l) => !current.includes(l));
  if (toAdd.length) await gh(token, "POST", `/repos/${repo}/issues/${pr.number}/labels`, { labels: toAdd });
  if (removeStale) {
    for (const l of current.filter((l) => rules[l] && !wanted.includes(l))) {
      await gh(token, "DELETE", `/repos/${repo}/issues/${pr.number}/labels/${encodeURIComponent(l)}`);
    }
  }
  console.log(`Changed files: ${files.length}; labels: ${wanted.join(", ") || "(none)"}`);
  setOutput("labels", wanted.join(","));
}

run().catch((e) => { console.log(`::error::${e.message}`); process.exitCode = 1; });
