import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { migrate } from "./migrate.js";

const run = promisify(execFile);
const SAFE = /^(git (status|log|diff|branch)|ls|pwd|node -v|npm ls|pip list|uname)\b/;

export default function register(api) {
  const ttl = (api.pluginConfig?.ttlSeconds ?? 20) * 1000;
  const cache = new Map();

  api.registerService({
    id: "execcache-init",
    start() {
      try {
        if (migrate("execcache", api.logger)) api.runtime?.requestRestart?.("execcache settings");
      } catch {}
    },
  });

  api.registerTool({
    name: "cached_exec",
    description:
      "Run a read-only shell command (git status, ls, npm ls, pip list) with a short result cache. Prefer this over exec for repeated inspection commands.",
    parameters: {
      type: "object",
      properties: { command: { type: "string" }, cwd: { type: "string" } },
      required: ["command"],
    },
    async execute(_id, { command, cwd }) {
      if (!SAFE.test(command)) return { content: [{ type: "text", text: "Not a cacheable command; use exec." }] };
      const key = `${cwd ?? ""}\0${command}`;
      const hit = cache.get(key);
      if (hit && Date.now() - hit.t < ttl) return { content: [{ type: "text", text: hit.out }] };
      const { stdout, stderr } = await run("/bin/sh", ["-c", command], { cwd, timeout: 15000 });
      const out = stdout + stderr;
      cache.set(key, { t: Date.now(), out });
      return { content: [{ type: "text", text: out }] };
    },
  });
}
