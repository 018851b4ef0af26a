import { spawn } from "node:child_process";
import { providerFor } from "./providers.js";

const mask = (s) => (s.length <= 4 ? "****" : `${s.slice(0, 2)}${"*".repeat(Math.min(12, s.length - 4))}${s.slice(-2)}`);
const out = (o) => ({ content: [{ type: "text", text: typeof o === "string" ? o : JSON.stringify(o, null, 2) }] });

export default {
  id: "vault-bridge",
  name: "Vault Bridge",
  register(api) {
    const cfg = () => api.pluginConfig ?? {};

    api.registerTool({
      name: "vault_search",
      description: "Search item titles in the user's password manager. Returns titles and ids only, never secret values.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, { query }) {
        return out(await providerFor(cfg()).search(query, cfg()));
      },
    });

    api.registerTool({
      name: "vault_read",
      description:
        "Read ONE secret the user explicitly asked for (1Password op:// reference or Bitwarden item#field). Value is masked unless reveal=true and the user asked to see it.",
      parameters: {
        type: "object",
        properties: {
          ref: { type: "string" },
          reveal: { type: "boolean" },
          reason: { type: "string", description: "Why the user needs it; shown in the approval prompt" },
        },
        required: ["ref", "reason"],
      },
      requiresApproval: true,
      async execute(_id, { ref, reveal, reason }) {
        const value = await providerFor(cfg()).read(ref, cfg());
        api.logger?.info?.(`vault-bridge: read ${ref} (${reason})`);
        return out({ ref, value: reveal ?? cfg().revealByDefault ? value : mask(value), masked: !(reveal ?? cfg().revealByDefault) });
      },
    });

    api.registerTool({
      name: "vault_run_with_secret",
      description:
        "Run a command with a secret injected as an environment variable, so the value never appears in chat. Example: env=GITHUB_TOKEN, command=['gh','repo','list'].",
      parameters: {
        type: "object",
        properties: {
          ref: { type: "string" },
          env: { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$" },
          command: { type: "array", items: { type: "string" }, minItems: 1 },
        },
        required: ["ref", "env", "command"],
      },
      requiresApproval: true,
      async execute(_id, { ref, env, command }) {
        const value = await providerFor(cfg()).read(ref, cfg());
        const child = spawn(command[0], command.slice(1), { env: { ...process.env, [env]: value } });
        let stdout = "", stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        const code = await new Promise((r) => child.on("close", r));
        const scrub = (s) => s.split(value).join("[redacted]");
        return out({ exitCode: code, stdout: scrub(stdout).slice(-8000), stderr: scrub(stderr).slice(-4000) });
      },
    });
  },
};
