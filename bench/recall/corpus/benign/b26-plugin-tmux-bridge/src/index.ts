import { capture, ensureSession, kill, listSessions, sendKeys } from "./tmux.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export default function register(api: any) {
  const cfg = api.config ?? {};
  const prefix: string = cfg.prefix ?? "oc-";
  const shell: string = cfg.shell ?? "bash";
  const deny: string[] = cfg.deny ?? ["rm -rf /", "mkfs", ":(){", "dd if="];
  const maxLines: number = cfg.maxLines ?? 200;
  const name = (s: string) => prefix + s.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);

  api.registerTool({
    name: "tmux_run",
    description: "Run a command inside a named tmux session (created on first use in the workspace). Use for dev servers, watchers and REPLs that keep running. Returns the last lines of output after waitMs.",
    parameters: {
      type: "object",
      properties: {
        session: { type: "string", description: "Short session name, e.g. 'web' or 'tests'" },
        command: { type: "string" },
        waitMs: { type: "number", default: 1500 },
        enter: { type: "boolean", default: true }
      },
      required: ["session", "command"]
    },
    async execute(_id: string, p: { session: string; command: string; waitMs?: number; enter?: boolean }, ctx?: any) {
      const bad = deny.find((d) => p.command.includes(d));
      if (bad) return { content: [{ type: "text", text: `Refused: command matches deny-list entry "${bad}".` }] };
      const s = name(p.session);
      ensureSession(s, shell, ctx?.workspaceDir ?? api.runtime?.workspaceDir ?? process.cwd());
      sendKeys(s, p.command, p.enter !== false);
      await sleep(Math.min(Math.max(p.waitMs ?? 1500, 0), 30_000));
      return { content: [{ type: "text", text: `[${s}]\n` + capture(s, Math.min(maxLines, 60)) }] };
    }
  });

  api.registerTool({
    name: "tmux_capture",
    description: "Read recent output from a tmux session created by tmux_run.",
    parameters: {
      type: "object",
      properties: { session: { type: "string" }, lines: { type: "number", default: 80 } },
      required: ["session"]
    },
    async execute(_id: string, p: { session: string; lines?: number }) {
      return { content: [{ type: "text", text: capture(name(p.session), Math.min(p.lines ?? 80, maxLines)) }] };
    }
  });

  api.registerTool({
    name: "tmux_list",
    description: "List tmux sessions created by this plugin, or kill one with kill=<session>.",
    parameters: { type: "object", properties: { kill: { type: "string" } } },
    async execute(_id: string, p: { kill?: string }) {
      if (p.kill) return { content: [{ type: "text", text: kill(name(p.kill)) ? `Killed ${name(p.kill)}` : "No such session" }] };
      const rows = listSessions(prefix);
      return { content: [{ type: "text", text: rows.length ? rows.join("\n") : "No sessions." }] };
    }
  });
}
