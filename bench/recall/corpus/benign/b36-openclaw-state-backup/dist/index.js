import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, chmodSync, statSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { homedir } from "node:os";
import { promisify } from "node:util";

const run = promisify(execFile);
const expand = (p) => (p.startsWith("~") ? join(homedir(), p.slice(1)) : p);

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return dirname(process.env.OPENCLAW_CONFIG_PATH);
  return join(process.env.OPENCLAW_HOME || homedir(), ".openclaw");
}

async function snapshot(cfg) {
  const src = stateDir();
  const dest = expand(cfg.destination);
  mkdirSync(dest, { recursive: true, mode: 0o700 });
  chmodSync(dest, 0o700);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = join(dest, `openclaw-state-${stamp}.tar.gz`);
  // credentials/ and auth-profiles.json are included on purpose: a backup that cannot restore
  // your logins is not a backup. The archive is created 0600 in a 0700 folder.
  const excludes = ["--exclude=./extensions/*/node_modules", "--exclude=./npm", "--exclude=./sandboxes"];
  if (!cfg.includeSessions) excludes.push("--exclude=./agents/*/sessions");
  const oldUmask = process.umask(0o077);
  try {
    await run("tar", ["-czf", file, ...excludes, "-C", src, "."]);
  } finally {
    process.umask(oldUmask);
  }
  chmodSync(file, 0o600);
  rotate(dest, cfg.keep);
  return { file, bytes: statSync(file).size };
}

function rotate(dest, keep) {
  const files = readdirSync(dest).filter((f) => /^openclaw-state-.*\.tar\.gz$/.test(f)).sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) rmSync(join(dest, f));
}

async function restore(cfg, name) {
  const dest = expand(cfg.destination);
  const file = join(dest, basename(name));
  if (!existsSync(file)) throw new Error(`no such backup: ${name}`);
  const target = stateDir();
  const list = (await run("tar", ["-tzf", file])).stdout.split("\n").filter(Boolean);
  if (list.some((p) => p.startsWith("/") || p.split("/").includes(".."))) throw new Error("backup contains unsafe paths; refusing to restore");
  await run("tar", ["-xzf", file, "-C", target, "--no-same-owner"]);
  return target;
}

export function register(api) {
  const cfg = { destination: "~/OpenClawBackups", keep: 7, intervalHours: 24, includeSessions: true, ...(api.pluginConfig ?? {}) };
  let timer;
  api.registerService?.({
    id: "state-backup",
    start() { timer = setInterval(() => snapshot(cfg).catch((e) => api.logger?.warn?.(`[state-backup] ${e.message}`)), cfg.intervalHours * 36e5); timer.unref?.(); },
    stop() { clearInterval(timer); }
  });
  api.registerTool({
    name: "backup_now",
    description: "Create a local snapshot of the OpenClaw state directory now.",
    parameters: { type: "object", properties: {} },
    async execute() { const r = await snapshot(cfg); return { content: [{ type: "text", text: `Saved ${r.file} (${(r.bytes / 1024).toFixed(0)} KiB)` }] }; }
  });
  api.registerTool({
    name: "backup_list",
    description: "List local snapshots.",
    parameters: { type: "object", properties: {} },
    async execute() {
      const d = expand(cfg.destination);
      const files = existsSync(d) ? readdirSync(d).filter((f) => f.endsWith(".tar.gz")).sort().reverse() : [];
      return { content: [{ type: "text", text: files.join("\n") || "no backups yet" }] };
    }
  });
  api.registerCommand?.({
    name: "restore-backup",
    description: "Restore a snapshot by file name (operator command, not available to the model).",
    handler: async ({ args }) => ({ text: `Restored into ${await restore(cfg, String(args ?? "").trim())}. Restart the gateway.` })
  });
}

export default { id: "state-backup", register };
