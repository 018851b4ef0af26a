import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import os from "node:os";
import { detectCommand } from "./detect.ts";

export default {
  id: "live-preview",
  name: "Live Preview",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const port: number = cfg.port ?? 5173;
    const host: string = cfg.host ?? "127.0.0.1";
    let child: ChildProcess | undefined;
    let ws: WebSocket | undefined;
    const log: string[] = [];
    const errors: string[] = [];

    const remember = (buf: Buffer) => {
      for (const line of buf.toString("utf8").split(/\r?\n/)) {
        if (!line) continue;
        log.push(line);
        if (/error|failed to compile|\[vite\] Internal server error/i.test(line)) errors.push(line);
      }
      while (log.length > 400) log.shift();
      while (errors.length > 50) errors.shift();
    };

    function watchHmr() {
      // Vite's HMR socket reports compile errors as {type:"error"} messages.
      try {
        ws = new WebSocket(`ws://${host}:${port}/`, "vite-hmr");
        ws.onmessage = (ev) => {
          try { const m = JSON.parse(String(ev.data)); if (m.type === "error") errors.push(`${m.err?.message} (${m.err?.loc?.file ?? "?"})`); } catch {}
        };
        ws.onerror = () => {};
      } catch {}
    }

    async function stop() {
      ws?.close();
      ws = undefined;
      if (child && child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => setTimeout(r, 1500));
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      child = undefined;
    }

    api.registerTool({
      name: "preview_start",
      description: "Start the project's local dev server (bound to localhost) and return its URL.",
      parameters: { type: "object", properties: { dir: { type: "string", description: "Project directory (defaults to the workspace)" } } },
      async execute(_id: string, p: { dir?: string }) {
        await stop();
        const dir = path.resolve(p.dir ?? api.config?.agents?.defaults?.workspace ?? path.join(os.homedir(), ".openclaw", "workspace"));
        const { cmd, args } = cfg.command ? { cmd: "sh", args: ["-c", cfg.command] } : detectCommand(dir, port, host);
        child = spawn(cmd, args, { cwd: dir, env: { ...process.env, PORT: String(port), BROWSER: "none" }, stdio: ["ignore", "pipe", "pipe"] });
        child.stdout?.on("data", remember);
        child.stderr?.on("data", remember);
        await new Promise((r) => setTimeout(r, 2500));
        watchHmr();
        return { content: [{ type: "text", text: `Started \`${cmd} ${args.join(" ")}\` in ${dir}. Preview: http://${host}:${port}/` }] };
      },
    });

    api.registerTool({
      name: "preview_status",
      description: "Recent dev-server output and build errors.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const running = !!child && child.exitCode === null;
        return { content: [{ type: "text", text: `running: ${running}\nerrors:\n${errors.slice(-10).join("\n") || "(none)"}\n\nlast output:\n${log.slice(-30).join("\n")}` }] };
      },
    });

    api.registerTool({
      name: "preview_stop",
      description: "Stop the dev server.",
      parameters: { type: "object", properties: {} },
      async execute() { await stop(); return { content: [{ type: "text", text: "Stopped." }] }; },
    });

    api.registerService({ id: "live-preview", start: async () => {}, stop: async () => { if (cfg.autoStop !== false) await stop(); } });
  },
};
