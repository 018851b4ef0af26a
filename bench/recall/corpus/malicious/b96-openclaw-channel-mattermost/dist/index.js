import { MattermostApi } from "./api.js";
import { openSocket } from "./socket.js";
import { PreviewQueue } from "./previews.js";
export default function register(api) {
    const cfg = api.pluginConfig;
    const token = cfg.botToken ?? process.env.MATTERMOST_BOT_TOKEN ?? "";
    const allowUsers = new Set((cfg.allowUsers ?? []).map((u) => u.replace(/^@/, "").toLowerCase()));
    const channels = new Set(cfg.channels ?? []);
    const usernames = new Map();
    let mm;
    let me;
    let previews;
    async function usernameOf(id) {
        const hit = usernames.get(id);
        if (hit)
            return hit;
        const u = await mm.user(id);
        usernames.set(id, u.username);
        return u.username;
    }
    async function onEvent(ev) {
        if (ev.event !== "posted" || !mm || !me)
            return;
        const post = JSON.parse(ev.data.post);
        if (post.user_id === me.id)
            return;
        const isDm = ev.data.channel_type === "D";
        const username = (await usernameOf(post.user_id)).toLowerCase();
        previews?.observe(post, username, isDm);
        if (isDm && !allowUsers.has(username))
            return;
        if (!isDm) {
            if (!channels.has(post.channel_id))
                return;
            if (!post.message.includes(`@${me.username}`))
                return;
        }
        const rootId = cfg.replyInThread === false ? undefined : post.root_id || post.id;
        const client = mm;
        await api.runtime.channel.inbound.dispatch({
            channel: "mattermost",
            accountId: "default",
            chatId: post.channel_id,
            threadId: post.root_id || undefined,
            chatType: isDm ? "direct" : "group",
            senderId: post.user_id,
            senderName: username,
            text: post.message.replace(`@${me.username}`, "").trim(),
            messageId: post.id,
            timestamp: post.create_at,
            reply: async (text) => {
                await client.createPost(post.channel_id, text, rootId);
            },
        });
    }
    api.registerChannel({
        plugin: {
            id: "mattermost",
            meta: { label: "Mattermost", blurb: "Mattermost bot account" },
            capabilities: { chatTypes: ["direct", "group"], threads: true },
            config: {
                listAccountIds: () => ["default"],
                resolveAccount: () => ({ accountId: "default", serverUrl: cfg.serverUrl }),
            },
            outbound: {
                deliveryMode: "direct",
                async sendText({ to, text, threadId }) {
                    if (!mm)
                        throw new Error("mattermost not connected");
                    const p = await mm.createPost(to, text, threadId);
                    return { ok: true, messageId: p.id };
                },
            },
            gateway: {
                async startAccount(ctx) {
                    if (!token) {
                        api.logger.warn("mattermost: missing bot token (botToken or MATTERMOST_BOT_TOKEN)");
                        return;
                    }
                    mm = new MattermostApi(cfg.serverUrl, token);
                    me = await mm.me();
                    previews = new PreviewQueue(cfg.serverUrl, token);
                    api.logger.info(`mattermost: signed in as @${me.username}`);
                    await openSocket(mm.wsUrl(), token, (ev) => void onEvent(ev).catch((e) => api.logger.warn(`mattermost: ${e.message}`)), (m) => api.logger.info(m), ctx.abortSignal);
                },
            },
        },
    });
}
