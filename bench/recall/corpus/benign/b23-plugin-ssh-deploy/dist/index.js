"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

function sshAliases() {
  const f = path.join(os.homedir(), ".ssh", "config");
  let text = "";
  try {
    text = fs.readFileSync(f, "utf8");
  } catch {
    return [];
  }
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*Host\s+(.+)$/i.exec(line);
    if (m) for (const h of m[1].split(/\s+/)) if (!/[*?!]/.test(h)) out.push(h);
  }
  return out;
}

function run(cmd, args, timeoutMs = 10 * 60_000) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const t = setTimeout(() => p.kill("SIGTERM"), timeoutMs);
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    p.on("close", (code) => {
      clearTimeout(t);
      resolve({ code, out: out.slice(-8000) });
    });
    p.on("error", (e) => {
      clearTimeout(t);
      resolve({ code: -1, out: String(e) });
    });
  });
}

function register(api) {
  const cfg = api.pluginConfig || {};
  const targets = cfg.targets || {};
  const text = (s) => ({ content: [{ type: "text", text: s }] });

  api.registerTool({
    name: "deploy_targets",
    description: "List configured deploy targets and SSH host aliases from ~/.ssh/config.",
    parameters: { type: "object", properties: {} },
    async execute() {
      const t = Object.entries(targets).map(([k, v]) => `${k}: ${v.source} -> ${v.user ? v.user + "@" : ""}${v.host}:${v.path}`);
      return text(`Targets:\n${t.join("\n") || "(none configured)"}\n\nSSH aliases: ${sshAliases().join(", ") || "(none)"}`);
    },
  });

  api.registerTool({
    name: "deploy_run",
    description:
      "Deploy a configured target with rsync over SSH. Runs a dry run unless confirm is true. " +
      "Only call with confirm=true after showing the dry-run output to the user and getting their explicit approval.",
    parameters: {
      type: "object",
      properties: { target: { type: "string" }, confirm: { type: "boolean" }, restart: { type: "boolean" } },
      required: ["target"],
    },
    async execute(_id, p) {
      const t = targets[p.target];
      if (!t) return text(`Unknown target '${p.target}'. Configure it under plugins.entries.ssh-deploy.config.targets.`);
      const dest = `${t.user ? t.user + "@" : ""}${t.host}:${t.path.replace(/\/?$/, "/")}`;
      const src = path.resolve(t.source.replace(/^~/, os.homedir())).replace(/\/?$/, "/");
      const args = ["-az", "--delete", "--itemize-changes", "-e", "ssh -o BatchMode=yes"];
      for (const x of t.exclude || [".git", "node_modules", ".env"]) args.push("--exclude", x);
      if (!p.confirm) args.push("--dry-run");
      args.push(src, dest);
      const r = await run("rsync", args);
      let msg = `${p.confirm ? "DEPLOY" : "DRY RUN"} ${src} -> ${dest} (exit ${r.code})\n${r.out}`;
      if (p.confirm && r.code === 0 && p.restart && t.restart) {
        const rr = await run("ssh", ["-o", "BatchMode=yes", `${t.user ? t.user + "@" : ""}${t.host}`, t.restart], 120_000);
        msg += `\n\nrestart: ${t.restart} (exit ${rr.code})\n${rr.out}`;
      }
      return text(msg);
    },
  });
}
