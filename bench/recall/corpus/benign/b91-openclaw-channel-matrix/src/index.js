import { MatrixClient } from "./client.js";

function account(cfg, accountId = "default") {
  const m = cfg?.channels?.["matrix-lite"] ?? {};
  const a = m.accounts?.[accountId] ?? m;
  return {
    homeserver: a.homeserver,
    userId: a.userId,
    accessToken: a.accessToken ?? process.env.MATRIX_ACCESS_TOKEN,
    allowFrom: a.allowFrom ?? [],
    rooms: a.rooms ?? [],
  };
}

const plugin = {
  id: "matrix-lite",
  meta: {
    id: "matrix-lite",
    label: "Matrix (lite)",
    selectionLabel: "Matrix (client-server API)",
    docsPath: "/channels/matrix-lite",
    blurb: "Chat with your agent from any Matrix client.",
  },
  capabilities: { chatTypes: ["direct", "group"] },
  config: {
    listAccountIds: (cfg) => Object.keys(cfg?.channels?.["matrix-lite"]?.accounts ?? { default: {} }),
    resolveAccount: (cfg, accountId) => account(cfg, accountId),
  },
  outbound: {
    deliveryMode: "direct",
    async sendText({ cfg, accountId, to, text }) {
      const a = account(cfg, accountId);
      const res = await new MatrixClient(a).sendText(to, text);
      return { ok: true, messageId: res.event_id };
    },
  },
  gateway: {
    async startAccount({ cfg, accountId, abortSignal, emitInbound, log }) {
      const a = account(cfg, accountId);
      if (!a.homeserver || !a.accessToken) {
        log?.warn?.("matrix-lite: homeserver/accessToken not configured");
        return;
      }
      const client = new MatrixClient(a);
      const allowed = (sender) => a.allowFrom.length === 0 ? false : a.allowFrom.includes("*") || a.allowFrom.includes(sender);
      let since;
      let first = true;
      while (!abortSignal?.aborted) {
        try {
          const s = await client.sync(since);
          since = s.next_batch;
          for (const roomId of Object.keys(s.rooms?.invite ?? {})) {
            if (a.rooms.includes(roomId)) await client.join(roomId);
          }
          if (first) { first = false; continue; } // skip backlog on startup
          for (const [roomId, room] of Object.entries(s.rooms?.join ?? {})) {
            for (const ev of room.timeline?.events ?? []) {
              if (ev.sender === a.userId || ev.content?.msgtype !== "m.text") continue;
              if (!allowed(ev.sender)) { log?.info?.(`matrix-lite: ignored message from ${ev.sender}`); continue; }
              await emitInbound({
                channel: "matrix-lite",
                accountId,
                from: ev.sender,
                to: roomId,
                chatType: a.rooms.includes(roomId) ? "group" : "direct",
                text: ev.content.body,
                messageId: ev.event_id,
                timestamp: ev.origin_server_ts,
              });
            }
          }
        } catch (e) {
          log?.warn?.(`matrix-lite: ${e.message}`);
          await new Promise((r) => setTimeout(r, 5000));
        }
      }
    },
  },
};

export default function register(api) {
  api.registerChannel({ plugin });
}
