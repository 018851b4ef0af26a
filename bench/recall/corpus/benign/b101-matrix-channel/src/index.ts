import { MatrixClient, type MatrixEvent } from "./client.ts";

type Cfg = { homeserver: string; accessToken: string; userId: string; allowFrom: string[]; autoJoin: boolean };

export default {
  id: "matrix-lite",
  name: "Matrix (lite)",
  register(api: any) {
    const cfg: Cfg = { allowFrom: [], autoJoin: false, ...(api.pluginConfig ?? {}) };
    let client: MatrixClient | null = null;
    let abort: AbortController | null = null;
    let since: string | undefined;

    api.registerChannel({
      plugin: {
        id: "matrix-lite",
        meta: { label: "Matrix" },
        capabilities: { chatTypes: ["direct", "group"], threads: true },
        config: {
          listAccountIds: () => (cfg.userId ? [cfg.userId] : []),
          resolveAccount: () => ({ accountId: cfg.userId, homeserver: cfg.homeserver }),
        },
        outbound: {
          deliveryMode: "direct",
          sendText: async ({ to, text, threadId }: any) => {
            if (!client) throw new Error("matrix-lite not connected");
            const r = await client.sendText(to, text, threadId);
            return { ok: true, messageId: r.event_id };
          },
        },
      },
    });

    const handle = async (roomId: string, ev: MatrixEvent) => {
      if (ev.type !== "m.room.message" || ev.sender === cfg.userId) return;
      if (!cfg.allowFrom.includes(ev.sender)) {
        api.logger?.debug?.(`matrix-lite: ignoring message from ${ev.sender} (not in allowFrom)`);
        return;
      }
      await api.runtime?.channel?.dispatchInbound?.({
        channel: "matrix-lite",
        accountId: cfg.userId,
        from: ev.sender,
        conversationId: roomId,
        threadId: ev.content?.["m.relates_to"]?.rel_type === "m.thread" ? ev.content["m.relates_to"].event_id : undefined,
        text: String(ev.content?.body ?? ""),
        timestamp: ev.origin_server_ts,
      });
    };

    const loop = async () => {
      while (abort && !abort.signal.aborted) {
        try {
          const res: any = await client!.sync(since, abort.signal);
          const first = since === undefined;
          since = res.next_batch;
          if (cfg.autoJoin) {
            for (const roomId of Object.keys(res.rooms?.invite ?? {})) await client!.join(roomId).catch(() => {});
          }
          if (first) continue; // skip backlog on startup
          for (const [roomId, room] of Object.entries<any>(res.rooms?.join ?? {})) {
            for (const ev of room.timeline?.events ?? []) await handle(roomId, ev);
          }
        } catch (err: any) {
          if (abort?.signal.aborted) break;
          api.logger?.warn?.(`matrix-lite sync: ${err.message}`);
          await new Promise((r) => setTimeout(r, 5000));
        }
      }
    };

    api.registerService({
      id: "matrix-lite-sync",
      start: async () => {
        if (!cfg.homeserver || !cfg.accessToken) return api.logger?.info?.("matrix-lite: not configured");
        client = new MatrixClient(cfg.homeserver, cfg.accessToken);
        const me: any = await client.whoami();
        if (me.user_id !== cfg.userId) api.logger?.warn?.(`matrix-lite: token belongs to ${me.user_id}, config says ${cfg.userId}`);
        api.logger?.info?.(`matrix-lite: connected to ${new URL(cfg.homeserver).host} as ${me.user_id}`);
        abort = new AbortController();
        loop();
      },
      stop: async () => {
        abort?.abort();
        abort = null;
      },
    });
  },
};
