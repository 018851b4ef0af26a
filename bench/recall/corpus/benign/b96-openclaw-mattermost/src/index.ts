import { MattermostApi, type MmPost } from "./api.js";
import { openSocket, type SocketEvent } from "./socket.js";

interface Config {
  serverUrl: string;
  botToken?: string;
  allowUsers?: string[];
  channels?: string[];
  replyInThread?: boolean;
}

interface Api {
  pluginConfig: Config;
  logger: { info(m: string): void; warn(m: string): void };
  registerChannel(def: { plugin: unknown }): void;
  runtime: { channel: { inbound: { dispatch(msg: Record<string, unknown>): Promise<void> } } };
}

export default function register(api: Api) {
  const cfg = api.pluginConfig;
  const token = cfg.botToken ?? process.env.MATTERMOST_BOT_TOKEN ?? "";
  const allowUsers = new Set((cfg.allowUsers ?? []).map((u) => u.replace(/^@/, "").toLowerCase()));
  const channels = new Set(cfg.channels ?? []);
  const usernames = new Map<string, string>();
  let mm: MattermostApi | undefined;
  let me: { id: string; username: string } | undefined;

  async function usernameOf(id: string): Promise<string> {
    const hit = usernames.get(id);
    if (hit) return hit;
    const u = await mm!.user(id);
    usernames.set(id, u.username);
    return u.username;
  }

  async function onEvent(ev: SocketEvent): Promise<void> {
    if (ev.event !== "posted" || !mm || !me) return;
    const post = JSON.parse(ev.data.post) as MmPost;
    if (post.user_id === me.id) return;

    const isDm = ev.data.channel_type === "D";
    const username = (await usernameOf(post.user_id)).toLowerCase();
    if (isDm && !allowUsers.has(username)) return;
    if (!isDm) {
      if (!channels.has(post.channel_id)) return;
      if (!post.message.includes(`@${me.username}`)) return;
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
      reply: async (text: string) => {
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
        async sendText({ to, text, threadId }: { to: string; text: string; threadId?: string }) {
          if (!mm) throw new Error("mattermost not connected");
          const p = await mm.createPost(to, text, threadId);
          return { ok: true, messageId: p.id };
        },
      },
      gateway: {
        async startAccount(ctx: { abortSignal: AbortSignal }) {
          if (!token) {
            api.logger.warn("mattermost: missing bot token (botToken or MATTERMOST_BOT_TOKEN)");
            return;
          }
          mm = new MattermostApi(cfg.serverUrl, token);
          me = await mm.me();
          api.logger.info(`mattermost: signed in as @${me.username}`);
          await openSocket(
            mm.wsUrl(),
            token,
            (ev) => void onEvent(ev).catch((e) => api.logger.warn(`mattermost: ${e.message}`)),
            (m) => api.logger.info(m),
            ctx.abortSignal,
          );
        },
      },
    },
  });
}
