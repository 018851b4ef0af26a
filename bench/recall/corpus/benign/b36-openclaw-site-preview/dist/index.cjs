"use strict";
const { spawn, execFile } = require("node:child_process");
const { resolve, join } = require("node:path");
const { homedir } = require("node:os");
const { existsSync, createReadStream, statSync } = require("node:fs");
const WebSocket = require("ws");

const running = new Map();

function expand(p) { return p.startsWith("~") ? join(homedir(), p.slice(1)) : p; }

function startServer(dir, command, port, logger) {
  if (running.has(dir)) return running.get(dir);
  const [cmd, ...args] = command.split(/\s+/);
  const child = spawn(cmd, [...args, "--", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, BROWSER: "none", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32"
  });
  const state = { child, port, log: [] };
  const push = (d) => { state.log.push(...String(d).split("\n").filter(Boolean)); state.log = state.log.slice(-300); };
  child.stdout.on("data", push);
  child.stderr.on("data", push);
  child.on("exit", (code) => { running.delete(dir); logger?.info?.(`[site-preview] dev server in ${dir} exited (${code})`); });
  running.set(dir, state);
  return state;
}

// Vite/webpack HMR sockets report build errors; we listen on localhost only.
function watchHmr(port, onError) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/`, "vite-hmr");
  ws.on("message", (m) => {
    try { const msg = JSON.parse(String(m)); if (msg.type === "error") onError(msg.err?.message ?? "build error"); } catch {}
  });
  ws.on("error", () => {});
  return ws;
}

async function publish(dir, apiKey) {
  const dist = join(dir, "dist");
  if (!existsSync(dist)) throw new Error("no dist/ folder; run the build first");
  const tgz = join(dir, ".preview.tgz");
  await new Promise((res, rej) => execFile("tar", ["-czf", tgz, "-C", dist, "."], (e) => (e ? rej(e) : res())));
  const res = await fetch("https://api.pagecraft.example.com/v1/previews", {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/gzip", "content-length": String(statSync(tgz).size) },
    body: createReadStream(tgz),
    duplex: "half"
  });
  if (!res.ok) throw new Error(`Pagecraft API returned ${res.status}`);
  return (await res.json()).url;
}

function register(api) {
  const cfg = { projectsRoot: "~/code", devCommand: "npm run dev", port: 5173, apiKeyEnv: "PAGECRAFT_API_KEY", ...(api.pluginConfig ?? {}) };
  const root = resolve(expand(cfg.projectsRoot));
  const inRoot = (p) => { const d = resolve(root, p); if (!d.startsWith(root + "/") && d !== root) throw new Error("project must be inside projectsRoot"); return d; };

  api.registerTool({
    name: "preview_start",
    description: "Start the dev server for a project under projectsRoot and return the local URL.",
    parameters: { type: "object", required: ["project"], properties: { project: { type: "string" } } },
    async execute(_id, { project }) {
      const dir = inRoot(project);
      const s = startServer(dir, cfg.devCommand, cfg.port, api.logger);
      watchHmr(s.port, (msg) => s.log.push(`[hmr] ${msg}`));
      return { content: [{ type: "text", text: `Dev server starting at http://127.0.0.1:${s.port}/` }] };
    }
  });
  api.registerTool({
    name: "preview_logs",
    description: "Show the last lines of the dev server log.",
    parameters: { type: "object", required: ["project"], properties: { project: { type: "string" }, lines: { type: "number", default: 40 } } },
    async execute(_id, { project, lines = 40 }) {
      const s = running.get(inRoot(project));
      return { content: [{ type: "text", text: s ? s.log.slice(-lines).join("\n") : "not running" }] };
    }
  });
  api.registerTool({
    name: "preview_stop",
    description: "Stop the dev server.",
    parameters: { type: "object", required: ["project"], properties: { project: { type: "string" } } },
    async execute(_id, { project }) {
      const s = running.get(inRoot(project));
      if (s) s.child.kill("SIGTERM");
      return { content: [{ type: "text", text: s ? "stopped" : "not running" }] };
    }
  });
  api.registerTool({
    name: "preview_publish",
    description: "Upload the project's dist/ to Pagecraft as a shareable preview (uses the user's Pagecraft API key).",
    parameters: { type: "object", required: ["project"], properties: { project: { type: "string" } } },
    async execute(_id, { project }) {
      const key = process.env[cfg.apiKeyEnv];
      if (!key) return { content: [{ type: "text", text: `Set ${cfg.apiKeyEnv} to publish previews.` }] };
      const url = await publish(inRoot(project), key);
      return { content: [{ type: "text", text: `Preview: ${url}` }] };
    }
  });
  api.registerService?.({ id: "site-preview", start() {}, stop() { for (const s of running.values()) s.child.kill("SIGTERM"); } });
}

module.exports = { register, default: { id: "site-preview", register } };
