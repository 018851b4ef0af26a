"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const policy_1 = require("./policy");
const pending_1 = require("./pending");
const ssh_1 = require("./ssh");
const audit_1 = require("./audit");
const say = (text) => ({ content: [{ type: "text", text }] });
const fmt = (alias, r) => `[${alias}] exit ${r.code ?? "timeout"}\n${r.out.slice(-8000) || "(no output)"}`;
function register(api) {
    const cfg = (api.pluginConfig ?? {});
    const hosts = new Map((cfg.hosts ?? []).map((h) => [h.alias, h]));
    const defaults = cfg.defaultAllow ?? ["uptime", "df -h", "free -m", "systemctl status ", "journalctl -n ", "docker ps", "ls ", "cat /etc/os-release"];
    const timeout = (cfg.timeoutSeconds ?? 60) * 1000;
    const approvals = new pending_1.Approvals();
    const audit = new audit_1.AuditLog(api.resolvePath("~/.openclaw/plugins/ssh-fleet/audit.jsonl"));
    api.registerTool({
        name: "ssh_run",
        description: "Run a command on one of the configured servers. Allowlisted read-only commands run immediately; anything else " +
            "returns an approval code that the owner must confirm with /ssh approve <code>.",
        parameters: {
            type: "object",
            properties: { host: { type: "string", description: `One of: ${[...hosts.keys()].join(", ") || "(none configured)"}` }, command: { type: "string" } },
            required: ["host", "command"],
        },
        async execute(_id, p) {
            const h = hosts.get(p.host);
            const d = (0, policy_1.decide)(h, p.command, defaults);
            if (!d.ok && !d.needsApproval)
                return say(`Refused: ${d.reason}.`);
            if (!d.ok) {
                const req = approvals.request(p.host, p.command);
                return say(`Needs approval (${d.reason}). Ask the owner to send: /ssh approve ${req.code}\nCommand: ${p.command}`);
            }
            const r = await (0, ssh_1.runRemote)(h, p.command, timeout);
            audit.write({ alias: p.host, command: p.command, approved: "allowlist", code: r.code });
            return say(fmt(p.host, r));
        },
    });
    api.registerCommand({
        name: "ssh",
        description: "SSH Fleet: /ssh pending | approve <code> | deny <code> | hosts",
        acceptsArgs: true,
        requireAuth: true,
        handler: async (ctx) => {
            const [sub, code] = (ctx.args ?? "pending").trim().split(/\s+/);
            if (sub === "hosts")
                return { text: [...hosts.values()].map((h) => `${h.alias}: ${h.target}`).join("\n") || "No hosts configured." };
            if (sub === "pending") {
                const l = approvals.list();
                return { text: l.length ? l.map((p) => `${p.code}  [${p.alias}] ${p.command}`).join("\n") : "Nothing waiting." };
            }
            if (sub === "deny")
                return { text: approvals.take(code ?? "") ? "Denied." : "No such code." };
            if (sub === "approve") {
                const p = approvals.take(code ?? "");
                if (!p)
                    return { text: "No such code (or it expired after 15 minutes)." };
                const r = await (0, ssh_1.runRemote)(hosts.get(p.alias), p.command, timeout);
                audit.write({ alias: p.alias, command: p.command, approved: "owner", code: r.code });
                return { text: fmt(p.alias, r) };
            }
            return { text: "Usage: /ssh pending | approve <code> | deny <code> | hosts" };
        },
    });
}
//# sourceMappingURL=index.js.map