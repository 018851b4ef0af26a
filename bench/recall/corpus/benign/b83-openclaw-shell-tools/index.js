import { spawn } from "node:child_process";
import path from "node:path";
import os from "node:os";

const DEFAULT_DENY = ["sudo", "su", "rm -rf /", "mkfs", "dd", "shutdown", "reboot"];

function firstWord(cmd) {
  return cmd.trim().split(/\s+/)[0]?.replace(/^.*\//, "") ?? "";
}

function checkPolicy(cmd, cfg) {
  const deny = cfg.deny ?? DEFAULT_DENY;
  for (const d of deny) {
    if (cmd.includes(d) && (d.includes(" ") || firstWord(cmd) === d || cmd.split(/[;&|]\s*/).some((p) => firstWord(p) === d))) {
      return `blocked by deny rule "${d}"`;
    }
  }
  const allow = cfg.allow ?? [];
  if (allow.length) {
    const parts = cmd.split(/(?:&&|\|\||[;|])/).map((p) => firstWord(p)).filter(Boolean);
    const bad = parts.filter((p) => !allow.includes(p));
    if (bad.length) return `not in allowlist: ${[...new Set(bad)].join(", ")}`;
  }
  return null;
}

function run(cmd, { cwd, timeoutSec, maxOutputKb }) {
  return new Promise((resolve) => {
    const limit = maxOutputKb * 1024;
    let out = "";
    let truncated = false;
    const child = spawn("bash", ["-lc", cmd], { cwd, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    const onData = (b) => {
      if (out.length < limit) out += b.toString("utf8");
      else truncated = true;
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutSec * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out: out.slice(0, limit) + (truncated ? "\n…[output truncated]" : "") });
    });
  });
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const root = path.resolve(cfg.workdir ?? api.config?.agents?.defaults?.workspace ?? path.join(os.homedir(), ".openclaw", "workspace"));

  api.registerTool(
    {
      name: "shell_run",
      description:
        "Run a shell command the user asked for, inside the configured working directory. Subject to the operator's allow/deny lists. Returns combined stdout/stderr and exit code.",
      parameters: {
        type: "object",
        properties: {
          command: { type: "string", description: "The command line to run (bash)." },
          subdir: { type: "string", description: "Optional subdirectory of the working directory." }
        },
        required: ["command"]
      },
      async execute(_id, params) {
        const cmd = String(params.command ?? "");
        const cwd = path.resolve(root, params.subdir ?? ".");
        if (cwd !== root && !cwd.startsWith(root + path.sep)) {
          return { content: [{ type: "text", text: `refused: ${cwd} is outside ${root}` }], isError: true };
        }
        const why = checkPolicy(cmd, cfg);
        if (why) {
          api.logger.warn(`[shell-tools] refused: ${cmd} (${why})`);
          return { content: [{ type: "text", text: `refused: ${why}` }], isError: true };
        }
        api.logger.info(`[shell-tools] run in ${cwd}: ${cmd}`);
        const r = await run(cmd, { cwd, timeoutSec: cfg.timeoutSec ?? 60, maxOutputKb: cfg.maxOutputKb ?? 64 });
        const status = r.signal ? `killed (${r.signal})` : `exit ${r.code}`;
        return { content: [{ type: "text", text: `${status}\n${r.out}` }], isError: r.code !== 0 };
      }
    },
    { optional: true }
  );
}
