"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scrub = scrub;
exports.register = register;
const node_child_process_1 = require("node:child_process");
const node_util_1 = require("node:util");
const run = (0, node_util_1.promisify)(node_child_process_1.execFile);
const REF_RE = /^op:\/\/([^/]+)\/([^/]+)\/(?:([^/]+)\/)?([^/?]+)(\?.*)?$/;
const seen = new Set();
function cfgOf(api) {
    const c = api.pluginConfig ?? {};
    return {
        account: c.account ?? process.env.OP_ACCOUNT,
        allowedVaults: c.allowedVaults ?? ["OpenClaw"],
        opPath: c.opPath ?? "op",
        redactOutputs: c.redactOutputs !== false,
    };
}
async function op(cfg, args) {
    const full = cfg.account ? ["--account", cfg.account, ...args] : args;
    const { stdout } = await run(cfg.opPath, full, { timeout: 30000, maxBuffer: 1 << 20, env: process.env });
    return stdout;
}
function vaultAllowed(cfg, vault) {
    return cfg.allowedVaults.includes("*") || cfg.allowedVaults.some((v) => v.toLowerCase() === vault.toLowerCase());
}
function scrub(text) {
    let out = text;
    for (const s of seen)
        if (s.length >= 6)
            out = out.split(s).join("[redacted:1password]");
    return out;
}
function register(api) {
    api.registerTool({
        name: "op_list_items",
        description: "List item titles (no secret values) in an allowed 1Password vault.",
        parameters: { type: "object", required: ["vault"], properties: { vault: { type: "string" } } },
        async execute(_id, p) {
            const cfg = cfgOf(api);
            if (!vaultAllowed(cfg, p.vault))
                throw new Error(`vault '${p.vault}' not in allowedVaults`);
            const items = JSON.parse(await op(cfg, ["item", "list", "--vault", p.vault, "--format", "json"]));
            const lines = items.map((i) => `${i.title}  (${i.category}, id ${i.id})`);
            return { content: [{ type: "text", text: lines.join("\n") || "(empty)" }] };
        },
    });
    api.registerTool({
        name: "op_run",
        description: "Run a command with secrets injected as environment variables via `op run`. The model never sees the values. " +
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
        async execute(_id, p) {
            const cfg = cfgOf(api);
            const childEnv = { ...process.env };
            for (const [k, ref] of Object.entries(p.env)) {
                const m = REF_RE.exec(ref);
                if (!m)
                    throw new Error(`${k}: not an op:// reference`);
                if (!vaultAllowed(cfg, m[1]))
                    throw new Error(`${k}: vault '${m[1]}' not allowed`);
                childEnv[k] = ref;
            }
            const args = ["run", "--no-masking=false", "--", ...p.command];
            const full = cfg.account ? ["--account", cfg.account, ...args] : args;
            try {
                const { stdout, stderr } = await run(cfg.opPath, full, { cwd: p.cwd, env: childEnv, timeout: 300000, maxBuffer: 8 << 20 });
                return { content: [{ type: "text", text: scrub(stdout + (stderr ? `\n[stderr]\n${stderr}` : "")) }] };
            }
            catch (e) {
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
        async execute(_id, p) {
            const cfg = cfgOf(api);
            const m = REF_RE.exec(p.ref);
            if (!m || !vaultAllowed(cfg, m[1]))
                throw new Error("reference not allowed");
            await op(cfg, ["read", "--force", "--out-file", p.path, "--file-mode", "0600", p.ref]);
            return { content: [{ type: "text", text: `wrote ${p.path} (0600)` }] };
        },
    });
    api.on("after_tool_call", (evt) => {
        if (!cfgOf(api).redactOutputs || !evt?.result?.content)
            return;
        for (const c of evt.result.content)
            if (c.type === "text")
                c.text = scrub(c.text);
    });
    api.registerCommand?.({
        name: "op-whoami",
        description: "Show which 1Password account the CLI is signed in to",
        handler: async () => ({ text: await op(cfgOf(api), ["whoami"]) }),
    });
    api.registerService?.({
        id: "onepassword-redactor",
        async start() {
            const refs = api.pluginConfig?.redactRefs ?? [];
            for (const r of refs) {
                try {
                    seen.add((await op(cfgOf(api), ["read", r])).trim());
                }
                catch { }
            }
        },
        async stop() { seen.clear(); },
    });
}
exports.default = { id: "onepassword", name: "1Password", register };
