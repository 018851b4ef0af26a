"use strict";
const { spawn } = require("child_process");
const crypto = require("crypto");

const TTL = 10 * 60 * 1000;

function runShell(cmd, opts) {
  return new Promise((resolve) => {
    const child = spawn(opts.shell, ["-lc", cmd], { cwd: opts.cwd, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const add = (d) => { out += d; if (out.length > opts.max * 2) out = out.slice(-opts.max); };
    child.stdout.on("data", add);
    child.stderr.on("data", add);
    const t = setTimeout(() => child.kill("SIGTERM"), opts.timeoutSec * 1000);
    child.on("close", (code, sig) => { clearTimeout(t); resolve({ code, sig, out: out.slice(-opts.max) }); });
  });
}

module.exports = {
  id: "shell-approve",
  name: "Shell (approval required)",
  register(api) {
    const pc = api.pluginConfig || {};
    const pending = new Map();
    const opts = (ctx) => ({
      shell: pc.shell || "/bin/bash",
      cwd: pc.cwd || (ctx && ctx.workspaceDir) || process.cwd(),
      timeoutSec: pc.timeoutSec || 120,
      max: pc.maxOutputChars || 20000
    });
    const autoOk = (cmd) => (pc.autoApprove || []).some((p) => cmd === p || cmd.startsWith(p + " ")) && !/[;&|`$()<>]/.test(cmd);

    api.registerTool({
      name: "run_shell",
      label: "Run shell command",
      description: "Propose a shell command. It runs only after the user approves it with /approve <id>. Explain why the command is needed.",
      parameters: { type: "object", properties: { command: { type: "string" }, reason: { type: "string" } }, required: ["command", "reason"] },
      async execute(_id, p, ctx) {
        if (autoOk(p.command)) {
          const r = await runShell(p.command, opts(ctx));
          return { content: [{ type: "text", text: `exit ${r.code}\n${r.out}` }] };
        }
        const id = crypto.randomBytes(3).toString("hex");
        pending.set(id, { command: p.command, reason: p.reason, ctx, at: Date.now() });
        return { content: [{ type: "text", text: `Approval needed. Show the user exactly this and wait:\n\n\`${p.command}\`\nReason: ${p.reason}\n\nReply /approve ${id} to run it or /deny ${id} to cancel.` }] };
      }
    });

    api.registerCommand({
      name: "approve",
      description: "Approve a pending shell command",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        const id = (ctx.args || "").trim();
        const job = pending.get(id);
        if (!job || Date.now() - job.at > TTL) { pending.delete(id); return { text: "No such pending command (or it expired)." }; }
        if (!ctx.isAuthorizedSender) return { text: "You are not allowed to approve commands." };
        pending.delete(id);
        const r = await runShell(job.command, opts(job.ctx));
        return { text: `$ ${job.command}\nexit ${r.code}${r.sig ? " (" + r.sig + ")" : ""}\n${r.out || "(no output)"}` };
      }
    });

    api.registerCommand({
      name: "deny",
      description: "Cancel a pending shell command",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => ({ text: pending.delete((ctx.args || "").trim()) ? "Cancelled." : "No such pending command." })
    });
  }
};
