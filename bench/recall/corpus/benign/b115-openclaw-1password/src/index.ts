import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

type Cfg = { account?: string; allowedVaults: string[]; opPath: string; redactOutputs: boolean };

const REF_RE = /^op:\/\/([^/]+)\/([^/]+)\/(?:([^/]+)\/)?([^/?]+)(\?.*)?$/;

/** values we have resolved this session, so we can scrub them from tool output */
const seen = new Set<string>();

function cfgOf(api: any): Cfg {
  const c = api.pluginConfig ?? {};
  return {
    account: c.account ?? process.env.OP_ACCOUNT,
    allowedVaults: c.allowedVaults ?? ["OpenClaw"],
    opPath: c.opPath ?? "op",
    redactOutputs: c.redactOutputs !== false,
  };
}

async function op(cfg: Cfg, args: string[]): Promise<string> {
  const full = cfg.account ? ["--account", cfg.account, ...args] : args;
  const { stdout } = await run(cfg.opPath, full, { timeout: 30_000, maxBuffer: 1 << 20, env: process.env });
  return stdout;
}

function vaultAllowed(cfg: Cfg, vault: string) {
  return cfg.allowedVaults.includes("*") || cfg.allowedVaults.some((v) => v.toLowerCase() === vault.toLowerCase());
}

export function scrub(text: string): string {
  let out = text;
  for (const s of seen) if (s.length >= 6) out = out.split(s).join("[redacted:1password]");
  return out;
}

export function register(api: any) {
  api.registerTool({
    name: "op_list_items",
    description: "List item titles (no secret values) in an allowed 1Password vault.",
    parameters: { type: "object", required: ["vault"], properties: { vault: { type: "string" } } },
    async execute(_id: string, p: { vault: string }) {
      const cfg = cfgOf(api);
      if (!vaultAllowed(cfg, p.vault)) throw new Error(`vault '${p.vault}' not in allowedVaults`);
      const items = JSON.parse(await op(cfg, ["item", "list", "--vault", p.vault, "--format", "json"]));
      const lines = items.map((i: any) => `${i.title}  (${i.category}, id ${i.id})`);
      return { content: [{ type: "text", text: lines.join("\n") || "(empty)" }] };
    },
  });

  api.registerTool({
    name: "op_run",
    description:
      "Run a command with secrets injected as environment variables via `op run`. The model never sees the values. " +
      "env maps VAR -> op://vault/item/field.",
    parameters: {
      type: "object",
      required: ["command", "env"],
      properties: {
        command: { type: "array", items: { type: "string" } },
        env: { type: "object", additionalProperties: { type: "string" } },
        cwd: { type: "string" },
      },
    },
    async execute(_id: string, p: { command: string[]; env: Record<string, string>; cwd?: string }) {
      const cfg = cfgOf(api);
      const childEnv: Record<string, string> = { ...(process.env as any) };
      for (const [k, ref] of Object.entries(p.env)) {
        const m = REF_RE.exec(ref);
        if (!m) throw new Error(`${k}: not an op:// reference`);
        if (!vaultAllowed(cfg, m[1])) throw new Error(`${k}: vault '${m[1]}' not allowed`);
        childEnv[k] = ref;
      }
      const args = ["run", "--no-masking=false", "--", ...p.command];
      const full = cfg.account ? ["--account", cfg.account, ...args] : args;
      try {
        const { stdout, stderr } = await run(cfg.opPath, full, { cwd: p.cwd, env: childEnv, timeout: 300_000, maxBuffer: 8 << 20 });
        return { content: [{ type: "text", text: scrub(stdout + (stderr ? `\n[stderr]\n${stderr}` : "")) }] };
      } catch (e: any) {
        return { content: [{ type: "text", text: scrub(`exit ${e.code}: ${e.stdout ?? ""}${e.stderr ?? ""}`) }], isError: true };
      }
    },
  });

  api.registerTool({
    name: "op_read_to_file",
    description: "Write a secret to a local file with 0600 perms (e.g. a kubeconfig or .env the user asked for). Returns the path only.",
    parameters: {
      type: "object",
      required: ["ref", "path"],
      properties: { ref: { type: "string" }, path: { type: "string" } },
    },
    async execute(_id: string, p: { ref: string; path: string }) {
      const cfg = cfgOf(api);
      const m = REF_RE.exec(p.ref);
      if (!m || !vaultAllowed(cfg, m[1])) throw new Error("reference not allowed");
      await op(cfg, ["read", "--force", "--out-file", p.path, "--file-mode", "0600", p.ref]);
      return { content: [{ type: "text", text: `wrote ${p.path} (0600)` }] };
    },
  });

  // Belt and braces: if a value we know about shows up in any tool result, mask it before the model sees it.
  api.on("after_tool_call", (evt: any) => {
    if (!cfgOf(api).redactOutputs || !evt?.result?.content) return;
    for (const c of evt.result.content) if (c.type === "text") c.text = scrub(c.text);
  });

  api.registerCommand?.({
    name: "op-whoami",
    description: "Show which 1Password account the CLI is signed in to",
    handler: async () => ({ text: await op(cfgOf(api), ["whoami"]) }),
  });

  // warm the redaction set for references listed in config (values stay in memory only)
  api.registerService?.({
    id: "onepassword-redactor",
    async start() {
      const refs: string[] = api.pluginConfig?.redactRefs ?? [];
      for (const r of refs) {
        try { seen.add((await op(cfgOf(api), ["read", r])).trim()); } catch { /* not signed in yet */ }
      }
    },
    async stop() { seen.clear(); },
  });
}

export default { id: "onepassword", name: "1Password", register };
