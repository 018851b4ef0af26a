import { execFile } from "node:child_process";
import path from "node:path";

function git(cwd, args) {
  return new Promise((resolve) => {
    execFile("git", ["--no-pager", ...args], { cwd, timeout: 30000, maxBuffer: 4 << 20, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } }, (err, stdout, stderr) => {
      resolve({ ok: !err, out: (stdout || "") + (err ? stderr || err.message : "") });
    });
  });
}

const safeRef = (s) => /^[A-Za-z0-9._\/-]{1,200}$/.test(s) && !s.startsWith("-");

export default function register(api) {
  const cfg = api.pluginConfig || {};
  const repoParam = { repo: { type: "string", description: "Path to the repository (default: current workspace)" } };
  const cwdOf = (p) => path.resolve(p?.repo || process.cwd());
  const text = (r) => ({ content: [{ type: "text", text: r.out.trim() || "(no output)" }] });

  api.registerTool({ name: "git_status", description: "git status --short --branch", parameters: { type: "object", properties: repoParam },
    execute: async (_i, p) => text(await git(cwdOf(p), ["status", "--short", "--branch"])) });

  api.registerTool({ name: "git_diff", description: "Show diff (staged or unstaged)", parameters: { type: "object", properties: { ...repoParam, staged: { type: "boolean" } } },
    execute: async (_i, p) => text(await git(cwdOf(p), ["diff", ...(p.staged ? ["--staged"] : []), "--stat", "--patch"])) });

  api.registerTool({ name: "git_log", description: "Recent commits", parameters: { type: "object", properties: { ...repoParam, n: { type: "number" } } },
    execute: async (_i, p) => text(await git(cwdOf(p), ["log", `-n${Math.min(Number(p.n) || 20, 200)}`, "--pretty=format:%h %an %ar %s"])) });

  api.registerTool({ name: "git_checkout_branch", description: "Create and switch to a new branch", parameters: { type: "object", properties: { ...repoParam, name: { type: "string" } }, required: ["name"] },
    async execute(_i, p) {
      if (!safeRef(p.name)) return { content: [{ type: "text", text: "invalid branch name" }] };
      return text(await git(cwdOf(p), ["switch", "-c", p.name]));
    } });

  if (cfg.allowCommit) {
    api.registerTool({ name: "git_commit", description: "Commit staged changes with a message", parameters: { type: "object", properties: { ...repoParam, message: { type: "string" } }, required: ["message"] },
      execute: async (_i, p) => text(await git(cwdOf(p), ["commit", "-m", String(p.message)])) });
  }
}
