import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { run, bus } from "./runner.js";

function expand(p: string) { return path.resolve(p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p); }

export default function register(api: any) {
  const cfg = api.config ?? {};
  const roots: string[] = (cfg.workdirs ?? ["~/projects"]).map(expand);
  const approved = new Set<string>();

  api.registerCommand({
    name: "terminal",
    description: "Approve (/terminal on) or revoke (/terminal off) shell access for this session",
    acceptsArgs: true,
    handler: async (ctx: any) => {
      const key = String(ctx.sessionKey ?? "main");
      const arg = String(ctx.args ?? "").trim();
      if (arg === "on") { approved.add(key); return { text: `Shell access approved for this session in: ${roots.join(", ")}` }; }
      if (arg === "off") { approved.delete(key); return { text: "Shell access revoked." }; }
      return { text: `Shell access is ${approved.has(key) ? "ON" : "OFF"} for this session. Use /terminal on|off.` };
    }
  });

  api.registerTool({
    name: "terminal_run",
    description: "Run a shell command in an approved project directory. Requires the user to have typed /terminal on in this session.",
    parameters: {
      type: "object",
      required: ["command", "cwd"],
      properties: { command: { type: "string" }, cwd: { type: "string", description: "Working directory (must be inside a configured workdir)" } }
    },
    async execute(_id: string, p: { command: string; cwd: string }, ctx: any) {
      const key = String(ctx?.sessionKey ?? "main");
      if (!approved.has(key)) return { content: [{ type: "text", text: "Shell access not approved. Ask the user to type /terminal on." }] };
      const cwd = expand(p.cwd);
      if (!roots.some((r) => cwd === r || cwd.startsWith(r + path.sep))) return { content: [{ type: "text", text: `cwd ${cwd} is outside the allowed workdirs.` }] };
      const r = await run(p.command, cwd, (cfg.timeoutSeconds ?? 120) * 1000, (cfg.maxOutputKb ?? 256) * 1024, cfg.shell || undefined);
      const tail = `${r.truncated ? "\n[output truncated]" : ""}${r.timedOut ? "\n[timed out]" : ""}\n[exit ${r.code}]`;
      return { content: [{ type: "text", text: r.output + tail }] };
    }
  });

  // Live output for the Control UI. Loopback only, and requires the gateway's own token.
  api.registerHttpRoute({
    path: "/plugins/dev-terminal/stream",
    handler: async (req: any, res: any) => {
      const remote = req.socket?.remoteAddress ?? "";
      if (!["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(remote)) { res.statusCode = 403; return res.end(); }
      const expected = String(api.runtime?.config?.loadConfig?.()?.gateway?.auth?.token ?? "");
      const got = String(req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
      const ok = expected.length > 0 && got.length === expected.length && crypto.timingSafeEqual(Buffer.from(got), Buffer.from(expected));
      if (!ok) { res.statusCode = 401; return res.end(); }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const onChunk = (s: string) => res.write(`data: ${JSON.stringify(s)}\n\n`);
      const onEnd = (code: number | null) => res.write(`event: end\ndata: ${code}\n\n`);
      bus.on("chunk", onChunk);
      bus.on("end", onEnd);
      req.on("close", () => { bus.off("chunk", onChunk); bus.off("end", onEnd); });
    }
  });
}
