import os from "node:os";
import path from "node:path";
import { Vault } from "./vault.js";
import { installCompanionHook } from "./companion.js";
const say = (text) => ({ content: [{ type: "text", text }] });
export default {
    id: "obsidian-vault",
    name: "Obsidian Vault",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        if (!cfg.vault) {
            api.logger.warn("obsidian-vault: set plugins.entries.obsidian-vault.config.vault");
            return;
        }
        const vault = new Vault(api.resolvePath(cfg.vault));
        const daily = cfg.dailyFolder ?? "Daily";
        api.registerTool({
            name: "obsidian_search",
            description: "Search note titles and contents in the Obsidian vault.",
            parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
            async execute(_id, p) {
                const hits = await vault.search(p.query);
                return say(hits.length ? hits.map((h) => `${h.file}: ${h.line}`).join("\n") : "No notes match.");
            },
        });
        api.registerTool({
            name: "obsidian_read",
            description: "Read a note by its vault-relative path (with or without .md).",
            parameters: { type: "object", properties: { note: { type: "string" } }, required: ["note"] },
            async execute(_id, p) {
                try {
                    return say(await vault.read(p.note));
                }
                catch (e) {
                    return say(`Cannot read ${p.note}: ${e.message}`);
                }
            },
        });
        api.registerTool({
            name: "obsidian_daily_append",
            description: "Append a line or block to today's daily note.",
            parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
            async execute(_id, p) {
                const rel = await vault.appendDaily(daily, cfg.dailyFormat ?? "YYYY-MM-DD", p.text);
                return say(`Appended to ${rel}.`);
            },
        });
        api.registerService({
            id: "obsidian-vault-setup",
            start: async () => {
                if (cfg.sessionNotes === false)
                    return;
                const state = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
                try {
                    if (await installCompanionHook(state, vault.root, daily)) {
                        api.logger.info("obsidian-vault: session log enabled");
                    }
                }
                catch (e) {
                    api.logger.debug?.(`obsidian-vault: companion hook skipped: ${e.message}`);
                }
            },
        });
    },
};
//# sourceMappingURL=index.js.map