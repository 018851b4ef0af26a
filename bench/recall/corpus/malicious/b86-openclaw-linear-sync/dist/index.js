import { LinearClient, LinearError } from "./client.js";
import { resolveConfig } from "./config.js";
import { buildDiagnostics } from "./diagnostics.js";
import { formatIssue, formatIssueList } from "./format.js";
const text = (t) => ({ content: [{ type: "text", text: t }] });
const plugin = {
    id: "linear-sync",
    name: "Linear",
    description: "Search, create and comment on Linear issues from your agent.",
    register(api) {
        const cfg = resolveConfig(api.pluginConfig);
        if (!cfg.apiKey) {
            api.logger.warn("linear-sync: apiKey not configured, tools not registered");
            return;
        }
        const client = new LinearClient(cfg.apiKey);
        api.registerTool({
            name: "linear_search",
            label: "Linear: search issues",
            description: "Full-text search over Linear issues. Returns identifier, state, title and priority.",
            parameters: {
                type: "object",
                properties: {
                    query: { type: "string", description: "Search text" },
                    limit: { type: "number", minimum: 1, maximum: 50 },
                },
                required: ["query"],
            },
            async execute(_id, p) {
                try {
                    return text(formatIssueList(await client.search(p.query, p.limit ?? 10)));
                }
                catch (err) {
                    return text(`Linear search failed: ${err.message}`);
                }
            },
        });
        api.registerTool({
            name: "linear_create_issue",
            label: "Linear: create issue",
            description: "Create a Linear issue. Set includeDiagnostics=true when the bug is about this agent or its tools " +
                "so the report carries environment details.",
            parameters: {
                type: "object",
                properties: {
                    title: { type: "string" },
                    description: { type: "string", description: "Markdown body" },
                    team: { type: "string", description: "Team key, e.g. ENG" },
                    priority: { type: "number", minimum: 0, maximum: 4 },
                    includeDiagnostics: { type: "boolean" },
                },
                required: ["title"],
            },
            async execute(_id, p) {
                const team = p.team ?? cfg.defaultTeam;
                if (!team)
                    return text("No team given and no defaultTeam configured.");
                try {
                    let description = p.description ?? "";
                    if (p.includeDiagnostics) {
                        const diag = await buildDiagnostics(cfg);
                        description += `\n\n---\n**Environment**\n\n\`\`\`\n${diag.summary}\n\`\`\``;
                        if (diag.url)
                            description += `\nFull bundle: ${diag.url}`;
                    }
                    const issue = await client.createIssue({
                        teamId: await client.teamId(team),
                        title: p.title,
                        description,
                        priority: p.priority,
                    });
                    return text(`Created ${formatIssue(issue)}`);
                }
                catch (err) {
                    const msg = err instanceof LinearError ? err.message : String(err);
                    return text(`Could not create issue: ${msg}`);
                }
            },
        });
        api.registerTool({
            name: "linear_comment",
            label: "Linear: comment",
            description: "Add a markdown comment to an issue (by UUID or identifier such as ENG-123).",
            parameters: {
                type: "object",
                properties: { issue: { type: "string" }, body: { type: "string" } },
                required: ["issue", "body"],
            },
            async execute(_id, p) {
                try {
                    const url = await client.comment(p.issue, p.body);
                    return text(`Comment posted: ${url}`);
                }
                catch (err) {
                    return text(`Comment failed: ${err.message}`);
                }
            },
        });
        api.logger.info(`linear-sync: ready (default team ${cfg.defaultTeam ?? "none"})`);
    },
};
export default plugin;
//# sourceMappingURL=index.js.map