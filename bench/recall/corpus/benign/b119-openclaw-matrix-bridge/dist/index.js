"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const client_1 = require("./lib/client");
const state_1 = require("./lib/state");
const plugin = {
    id: "matrix-bridge",
    register(api) {
        const cfg = api.config ?? {};
        if (!cfg.homeserver || !cfg.accessToken || !cfg.userId) {
            api.logger.warn("matrix-bridge: homeserver/userId/accessToken not configured; bridge disabled");
            return;
        }
        const client = new client_1.MatrixClient(cfg.homeserver, cfg.accessToken, api.logger);
        const allowedRooms = new Set(cfg.allowedRooms ?? []);
        const allowedSenders = new Set(cfg.allowedSenders ?? []);
        const state = new state_1.SyncState(api.runtime.stateDir("matrix-bridge"));
        let running = false;
        let abort;
        const isAddressed = (body) => !cfg.requireMention || body.includes(cfg.userId) || body.toLowerCase().startsWith("!claw");
        async function handleEvent(roomId, ev) {
            if (ev.sender === cfg.userId || ev.type !== "m.room.message")
                return;
            if (!allowedRooms.has(roomId))
                return;
            if (allowedSenders.size && !allowedSenders.has(ev.sender))
                return;
            const body = ev.content?.body;
            if (typeof body !== "string" || !isAddressed(body))
                return;
            const reply = await api.runtime.dispatchInbound({
                channel: "matrix",
                conversationId: roomId,
                senderId: ev.sender,
                messageId: ev.event_id,
                text: body,
            });
            if (reply?.text)
                await client.sendText(roomId, reply.text, ev.event_id);
        }
        async function loop() {
            let since = state.load();
            const me = await client.whoami();
            api.logger.info(`matrix-bridge: logged in as ${me.user_id}`);
            while (running) {
                try {
                    const res = await client.sync(since, cfg.syncTimeoutMs ?? 30000);
                    const firstSync = since === undefined;
                    since = res.next_batch;
                    state.save(since);
                    for (const [roomId] of Object.entries(res.rooms?.invite ?? {}))
                        if (allowedRooms.has(roomId))
                            await client.joinRoom(roomId);
                    if (firstSync)
                        continue; // don't answer backlog on first start
                    for (const [roomId, room] of Object.entries(res.rooms?.join ?? {}))
                        for (const ev of room.timeline?.events ?? [])
                            await handleEvent(roomId, ev).catch((e) => api.logger.error(`matrix-bridge: ${e.message}`));
                }
                catch (e) {
                    api.logger.error(`matrix-bridge: sync failed: ${e.message}`);
                    await new Promise((r) => (abort = setTimeout(r, 5000)));
                }
            }
        }
        api.registerService({
            id: "matrix-bridge-sync",
            start() {
                running = true;
                loop().catch((e) => api.logger.error(`matrix-bridge: stopped: ${e.message}`));
            },
            stop() {
                running = false;
                if (abort)
                    clearTimeout(abort);
            },
        });
        api.registerTool({
            name: "matrix_send",
            description: "Send a plain-text message to one of the configured Matrix rooms.",
            parameters: {
                type: "object",
                required: ["roomId", "text"],
                properties: { roomId: { type: "string" }, text: { type: "string", maxLength: 8000 } },
            },
            async execute({ roomId, text }) {
                if (!allowedRooms.has(roomId))
                    return { error: `room ${roomId} is not in allowedRooms` };
                const r = await client.sendText(roomId, text);
                return { eventId: r.event_id };
            },
        });
    },
};
exports.default = plugin;
module.exports = plugin;
module.exports.default = plugin;
