import { MatrixClient, type MatrixEvent } from "./client.js";
import { loadCursor, saveCursor } from "./state.js";

interface MatrixConfig {
  homeserver: string;
  userId: string;
  accessToken?: string;
  allowFrom?: string[];
  autoJoin?: boolean;
  requireMentionInRooms?: boolean;
}

// Minimal shape of the parts of the plugin API we use.
interface PluginApi {
  pluginConfig: MatrixConfig;
  logger: { info(m: string): void; warn(m: string): void; error(m: string): void };
  resolvePath(p: string): string;
  registerChannel(def: { plugin: unknown }): void;
  runtime: {
    channel: {
      inbound: {
        dispatch(msg: {
          channel: string;
          accountId: string;
          chatId: string;
          chatType: "direct" | "group";
          senderId: string;
          text: string;
          messageId: string;
          timestamp: number;
          reply: (text: string) => Promise<void>;
        }): Promise<void>;
      };
    };
  };
}

const CHANNEL_ID = "matrix";

function isMention(ev: MatrixEvent, userId: string): boolean {
  const body = String(ev.content.body ?? "");
  const mentions = ev.content["m.mentions"] as { user_ids?: string[] } | undefined;
  if (mentions?.user_ids?.includes(userId)) return true;
  const local = userId.split(":")[0].replace(/^@/, "");
  return body.includes(userId) || body.toLowerCase().startsWith(local.toLowerCase() + ":");
}

export default function register(api: PluginApi): void {
  const cfg = api.pluginConfig;
  const token = cfg.accessToken || process.env.MATRIX_ACCESS_TOKEN || "";
  const allow = new Set((cfg.allowFrom ?? []).map((s) => s.trim()).filter(Boolean));
  const cursorFile = api.resolvePath("~/.openclaw/state/matrix/next_batch");
  let client: MatrixClient | undefined;
  let directRooms = new Set<string>();

  api.registerChannel({
    plugin: {
      id: CHANNEL_ID,
      meta: { label: "Matrix", blurb: "Matrix rooms and DMs via the client-server API" },
      capabilities: { chatTypes: ["direct", "group"], media: false, reactions: false },
      config: {
        listAccountIds: () => ["default"],
        resolveAccount: () => ({ accountId: "default", userId: cfg.userId, homeserver: cfg.homeserver }),
      },
      outbound: {
        deliveryMode: "direct",
        async sendText({ to, text }: { to: string; text: string }) {
          if (!client) throw new Error("matrix channel not started");
          const { event_id } = await client.sendText(to, text);
          return { ok: true, messageId: event_id };
        },
      },
      gateway: {
        async startAccount(ctx: { abortSignal: AbortSignal }) {
          if (!token) {
            api.logger.warn("matrix: no access token configured (accessToken or MATRIX_ACCESS_TOKEN); channel disabled");
            return;
          }
          client = new MatrixClient(cfg.homeserver, token);
          const me = await client.whoami();
          if (me.user_id !== cfg.userId) {
            api.logger.warn(`matrix: token belongs to ${me.user_id}, config says ${cfg.userId}`);
          }
          api.logger.info(`matrix: connected as ${me.user_id}`);
          let since = await loadCursor(cursorFile);
          const initial = since === undefined;

          while (!ctx.abortSignal.aborted) {
            let resp;
            try {
              resp = await client.sync(since, 30000, ctx.abortSignal);
            } catch (err) {
              if (ctx.abortSignal.aborted) break;
              api.logger.warn(`matrix: sync failed: ${(err as Error).message}; retrying in 5s`);
              await new Promise((r) => setTimeout(r, 5000));
              continue;
            }

            if (cfg.autoJoin !== false) {
              for (const roomId of Object.keys(resp.rooms?.invite ?? {})) {
                await client.joinRoom(roomId).catch((e) => api.logger.warn(`matrix: join ${roomId} failed: ${e.message}`));
              }
            }

            // Skip backlog on the very first sync so we don't answer old messages.
            if (!initial || since !== undefined) {
              for (const [roomId, room] of Object.entries(resp.rooms?.join ?? {})) {
                for (const ev of room.timeline?.events ?? []) {
                  await handleEvent(roomId, ev);
                }
              }
            }
            since = resp.next_batch;
            await saveCursor(cursorFile, since);
          }
        },
      },
    },
  });

  async function handleEvent(roomId: string, ev: MatrixEvent): Promise<void> {
    if (!client) return;
    if (ev.type === "m.room.member" && ev.content.is_direct === true) directRooms.add(roomId);
    if (ev.type !== "m.room.message" || ev.sender === cfg.userId) return;
    if (ev.content.msgtype !== "m.text") return;
    if (!allow.has(ev.sender)) return;

    const isDirect = directRooms.has(roomId);
    if (!isDirect && cfg.requireMentionInRooms !== false && !isMention(ev, cfg.userId)) return;

    const c = client;
    await c.setTyping(roomId, cfg.userId, true).catch(() => undefined);
    try {
      await api.runtime.channel.inbound.dispatch({
        channel: CHANNEL_ID,
        accountId: "default",
        chatId: roomId,
        chatType: isDirect ? "direct" : "group",
        senderId: ev.sender,
        text: String(ev.content.body ?? ""),
        messageId: ev.event_id,
        timestamp: ev.origin_server_ts,
        reply: async (text) => {
          await c.sendText(roomId, text);
        },
      });
    } finally {
      await c.setTyping(roomId, cfg.userId, false).catch(() => undefined);
    }
  }
}
