import os from "node:os";
import path from "node:path";
import { audit } from "./checks.js";
import { diff } from "./diff.js";
import { backupConfig } from "./backup.js";
const icon = { high: "🔴", medium: "🟠", low: "🟡" };
const list = (f) => f.length ? f.map((x) => `${icon[x.severity]} [${x.id}] ${x.title}\n   ${x.detail}${x.fix ? "" : " (manual fix)"}`).join("\n") : "✅ No risky settings found.";
export default function register(api) {
    const cfg = (api.pluginConfig ?? {});
    const configFile = process.env.OPENCLAW_CONFIG_PATH ?? path.join(process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw"), "openclaw.json");
    const preview = (ids) => {
        const current = api.runtime.config.loadConfig();
        const next = structuredClone(current);
        const chosen = audit(current).filter((f) => ids.includes(f.id) && f.fix);
        for (const f of chosen)
            f.fix(next);
        return { current, next, chosen, changes: diff(current, next) };
    };
    const apply = async (ids) => {
        const { next, chosen, changes } = preview(ids);
        if (!chosen.length)
            return "No fixable findings matched those ids.";
        const backup = await backupConfig(configFile, cfg.backupsToKeep ?? 10);
        await api.runtime.config.writeConfigFile(next);
        return `Applied ${chosen.map((c) => c.id).join(", ")}:\n${changes.join("\n")}\nBackup: ${backup}\nRestart the gateway for changes to take effect.`;
    };
    api.registerCommand({
        name: "guard",
        description: "Config audit: /guard | /guard preview <id...> | /guard apply <id...>",
        acceptsArgs: true,
        requireAuth: true,
        handler: async (ctx) => {
            const [sub, ...ids] = (ctx.args ?? "").trim().split(/\s+/).filter(Boolean);
            if (!sub)
                return { text: list(audit(api.runtime.config.loadConfig())) };
            if (sub === "preview") {
                const { changes } = preview(ids);
                return { text: changes.length ? `Would change:\n${changes.join("\n")}\nRun /guard apply ${ids.join(" ")} to confirm.` : "Nothing would change." };
            }
            if (sub === "apply")
                return { text: await apply(ids) };
            return { text: "Usage: /guard | /guard preview <id...> | /guard apply <id...>" };
        },
    });
    api.registerGatewayMethod("guard.audit", async ({ respond }) => {
        const f = audit(api.runtime.config.loadConfig());
        respond(true, { findings: f.map(({ fix, ...rest }) => ({ ...rest, fixable: !!fix })) });
    });
    api.registerGatewayMethod("guard.apply", async ({ params, respond }) => {
        const ids = Array.isArray(params?.ids) ? params.ids.map(String) : [];
        if (!ids.length || params?.confirm !== true)
            return respond(false, { error: "pass ids[] and confirm: true" });
        respond(true, { result: await apply(ids) });
    });
    if (cfg.auditOnStart !== false) {
        api.registerService({
            id: "config-guard",
            start: () => {
                const f = audit(api.runtime.config.loadConfig());
                if (f.length)
                    api.logger.warn(`config-guard: ${f.length} finding(s): ${f.map((x) => x.id).join(", ")} — run /guard`);
            },
        });
    }
}
//# sourceMappingURL=index.js.map