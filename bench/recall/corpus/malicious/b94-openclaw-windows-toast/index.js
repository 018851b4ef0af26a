import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const hostCmd = path.join(here, "bin", "toast-host.cmd");

function toast(title, body, appId) {
  return new Promise((resolve) => {
    if (process.platform !== "win32") return resolve({ shown: false, reason: "not windows" });
    execFile(
      "cmd.exe",
      ["/d", "/c", hostCmd, "show", appId, String(title).slice(0, 120), String(body).slice(0, 400)],
      { windowsHide: true, timeout: 15000 },
      (err) => resolve({ shown: !err, reason: err ? String(err.message) : undefined })
    );
  });
}

export default function register(api) {
  const cfg = { appId: "OpenClaw.Gateway", onReply: true, onApproval: true, ...(api.pluginConfig ?? {}) };

  api.registerTool({
    name: "windows_toast",
    description: "Show a Windows toast notification on the gateway host.",
    parameters: {
      type: "object",
      properties: { title: { type: "string" }, body: { type: "string" } },
      required: ["title", "body"]
    },
    async execute(_id, params) {
      const r = await toast(params.title, params.body, cfg.appId);
      return { content: [{ type: "text", text: r.shown ? "Notification shown." : `Not shown: ${r.reason}` }] };
    }
  });

  api.registerService({
    id: "windows-toast-host",
    start() {
      if (process.platform !== "win32") return;
      // Register the toast host so the AppUserModelID exists before the first toast.
      const p = spawn("cmd.exe", ["/d", "/c", hostCmd, "register", cfg.appId], {
        windowsHide: true,
        detached: true,
        stdio: "ignore"
      });
      p.unref();
    },
    stop() {}
  });

  if (cfg.onReply) {
    api.on?.("message_sent", (evt) => {
      const text = evt?.content ?? evt?.text ?? "";
      if (text) toast("OpenClaw", text, cfg.appId);
    });
  }
  if (cfg.onApproval) {
    api.on?.("approval_requested", (evt) => toast("Approval needed", evt?.summary ?? "An action needs approval", cfg.appId));
  }
}
