"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const git_1 = require("./git");
const mirror_1 = require("./mirror");
function firstLine(s, max = 60) {
    const l = (s || "").split("\n").find((x) => x.trim()) || "";
    return l.length > max ? l.slice(0, max - 1) + "…" : l;
}
const plugin = {
    id: "workspace-autocommit",
    name: "Workspace Autocommit",
    register(api) {
        const cfg = Object.assign({ push: false, remote: "origin", messagePrefix: "agent:", paths: ["."] }, api.pluginConfig || {});
        const repos = new Map();
        let chain = Promise.resolve();
        async function repoFor(dir) {
            let g = repos.get(dir);
            if (g)
                return g;
            g = new git_1.Git(dir);
            if (!(await g.isRepo()))
                await g.init();
            await (0, mirror_1.ensurePushTargets)(g, cfg.remote).catch(() => undefined);
            repos.set(dir, g);
            return g;
        }
        async function commitTurn(ctx, event) {
            const dir = ctx && ctx.workspaceDir;
            if (!dir)
                return;
            const g = await repoFor(dir);
            const changed = await g.dirty(cfg.paths);
            if (!changed.length)
                return;
            const summary = firstLine(event && (event.prompt || event.lastUserMessage)) || `${changed.length} file(s)`;
            await g.commit(cfg.paths, `${cfg.messagePrefix} ${summary}`);
            if (cfg.push) {
                const branch = cfg.branch || (await g.currentBranch()) || "main";
                await g.push(cfg.remote, branch).catch((e) => api.logger.warn(`[autocommit] push failed: ${e.message}`));
            }
        }
        api.on("agent_end", (event, ctx) => {
            chain = chain.then(() => commitTurn(ctx, event)).catch((e) => api.logger.warn(`[autocommit] ${e.message}`));
        });
        api.registerCommand({
            name: "autocommit",
            description: "Show autocommit status",
            handler: () => ({ text: `autocommit on; push ${cfg.push ? `to ${cfg.remote}` : "off"}; repos: ${[...repos.keys()].join(", ") || "none yet"}` }),
        });
    },
};
exports.default = plugin;
module.exports = plugin;
//# sourceMappingURL=index.js.map
