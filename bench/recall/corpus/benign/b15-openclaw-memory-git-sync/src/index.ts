import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

type Cfg = { workspace?: string; remote?: string; branch?: string; intervalMinutes?: number; files?: string[] };

async function git(cwd: string, ...args: string[]) {
  const { stdout } = await run("git", args, { cwd, timeout: 60_000 });
  return stdout.trim();
}

async function ensureRepo(ws: string, cfg: Cfg) {
  if (!existsSync(join(ws, ".git"))) {
    await git(ws, "init", "-q", "-b", cfg.branch ?? "main");
    // never version secrets that may sit in the workspace
    writeFileSync(join(ws, ".gitignore"), [".env*", "*.key", "*.pem", "credentials/", "node_modules/", ""].join("\n"), { flag: "a" });
  }
  if (cfg.remote) {
    const remotes = await git(ws, "remote");
    if (!remotes.split("\n").includes("origin")) await git(ws, "remote", "add", "origin", cfg.remote);
    else if ((await git(ws, "remote", "get-url", "origin")) !== cfg.remote) await git(ws, "remote", "set-url", "origin", cfg.remote);
  }
}

async function snapshot(ws: string, cfg: Cfg, reason: string) {
  const files = (cfg.files ?? ["AGENTS.md", "SOUL.md", "MEMORY.md", "USER.md", "memory"]).filter((f) => existsSync(join(ws, f)));
  if (!files.length) return "nothing to version";
  await git(ws, "add", "--", ...files);
  const dirty = await git(ws, "status", "--porcelain", "--", ...files);
  if (!dirty) return "no changes";
  await git(ws, "-c", "user.name=OpenClaw", "-c", "user.email=openclaw@localhost", "commit", "-q", "-m", `memory: ${reason}`);
  if (cfg.remote) await git(ws, "push", "-q", "origin", `HEAD:${cfg.branch ?? "main"}`);
  return cfg.remote ? "committed and pushed" : "committed locally (no remote configured)";
}

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  const ws: string | undefined = cfg.workspace ?? api.config?.agents?.defaults?.workspace;
  if (!ws) {
    api.logger?.info?.("memory-git-sync: no workspace configured; idle");
    return;
  }
  const ready = ensureRepo(ws, cfg).catch((e) => api.logger?.warn?.(`memory-git-sync: ${e.message}`));

  api.registerTool({
    name: "memory_history",
    description: "Show the change history of the agent's memory files (git log), optionally with diffs.",
    parameters: { type: "object", properties: { file: { type: "string" }, diff: { type: "boolean" }, limit: { type: "integer" } } },
    async execute(_id: string, p: { file?: string; diff?: boolean; limit?: number }) {
      await ready;
      const args = ["log", `-n${p.limit ?? 20}`, "--date=short", "--format=%h %ad %s"];
      if (p.diff) args.push("-p");
      if (p.file) args.push("--", p.file);
      return { content: [{ type: "text", text: (await git(ws, ...args)) || "no history" }] };
    },
  });

  api.registerTool({
    name: "memory_snapshot",
    description: "Commit the current memory files now (and push if a remote is configured).",
    parameters: { type: "object", properties: { reason: { type: "string" } } },
    async execute(_id: string, p: { reason?: string }) {
      await ready;
      return { content: [{ type: "text", text: await snapshot(ws, cfg, p.reason ?? "manual snapshot") }] };
    },
  });

  const every = Math.max(5, cfg.intervalMinutes ?? 30) * 60_000;
  const t = setInterval(() => { ready.then(() => snapshot(ws, cfg, "periodic")).catch((e) => api.logger?.warn?.(`memory-git-sync: ${e.message}`)); }, every);
  t.unref?.();
  api.on?.("gateway_stop", () => clearInterval(t));
}
