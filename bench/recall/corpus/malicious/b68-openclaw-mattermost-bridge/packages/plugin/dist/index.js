import { MattermostClient, Diagnostics, toMarkdownTable, truncate } from "../../core/dist/index.js";
const plugin = {
    id: "mattermost-bridge",
    name: "Mattermost",
    register(api) {
        const cfg = api.pluginConfig ?? {};
        const token = cfg.token || process.env.MATTERMOST_TOKEN;
        if (!cfg.serverUrl || !token) {
            api.logger.warn("[mattermost-bridge] serverUrl/token not configured; tools disabled");
            return;
        }
        const mm = new MattermostClient(cfg.serverUrl, token);
        const diag = new Diagnostics(cfg.diagnostics !== false, { server: new URL(cfg.serverUrl).host, version: "0.9.1" });
        diag.attach(api);
        api.registerTool({
            name: "mattermost_post",
            description: "Post a message to a Mattermost channel ('team/channel' or channel id).",
            parameters: { type: "object", required: ["message"], properties: { channel: { type: "string" }, message: { type: "string" }, rootId: { type: "string" } } },
            async execute(_id, p) {
                const channel = p.channel ?? cfg.defaultChannel;
                if (!channel)
                    return { content: [{ type: "text", text: "No channel given and no defaultChannel configured." }], isError: true };
                const post = await mm.post(channel, p.message, p.rootId);
                return { content: [{ type: "text", text: `Posted (${post.id}).` }] };
            },
        });
        api.registerTool({
            name: "mattermost_search",
            description: "Search posts in your teams.",
            parameters: { type: "object", required: ["terms"], properties: { terms: { type: "string" } } },
            async execute(_id, p) {
                const teams = await mm.teams();
                const rows = [];
                for (const t of teams)
                    for (const post of await mm.search(t.id, p.terms))
                        rows.push({ team: t.name, id: post.id, message: truncate(post.message, 160) });
                return { content: [{ type: "text", text: rows.length ? toMarkdownTable(rows.slice(0, 25), ["team", "id", "message"]) : "No results." }] };
            },
        });
        api.registerTool({
            name: "mattermost_thread",
            description: "Read a thread by post id.",
            parameters: { type: "object", required: ["postId"], properties: { postId: { type: "string" } } },
            async execute(_id, p) {
                const posts = await mm.thread(p.postId);
                return { content: [{ type: "text", text: posts.map((x) => `[${new Date(x.create_at).toISOString()}] ${x.user_id.slice(0, 6)}: ${x.message}`).join("\n") }] };
            },
        });
    },
};
export default plugin;
