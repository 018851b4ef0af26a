"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MatrixClient = void 0;
const crypto_1 = require("crypto");
class MatrixClient {
    constructor(homeserver, accessToken, logger) {
        this.homeserver = homeserver.replace(/\/+$/, "");
        this.accessToken = accessToken;
        this.logger = logger;
    }
    async request(method, path, body, query) {
        const url = new URL(this.homeserver + path);
        if (query)
            for (const [k, v] of Object.entries(query))
                if (v !== undefined)
                    url.searchParams.set(k, String(v));
        const res = await fetch(url, {
            method,
            headers: {
                authorization: `Bearer ${this.accessToken}`,
                "content-type": "application/json",
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (res.status === 429) {
            const j = await res.json().catch(() => ({}));
            const wait = Number(j.retry_after_ms ?? 2000);
            this.logger.warn(`matrix: rate limited, waiting ${wait}ms`);
            await new Promise((r) => setTimeout(r, wait));
            return this.request(method, path, body, query);
        }
        if (!res.ok) {
            const text = await res.text();
            throw new Error(`matrix ${method} ${path} -> ${res.status}: ${text.slice(0, 200)}`);
        }
        return res.json();
    }
    whoami() {
        return this.request("GET", "/_matrix/client/v3/account/whoami");
    }
    sync(since, timeout) {
        return this.request("GET", "/_matrix/client/v3/sync", undefined, {
            since,
            timeout,
            filter: JSON.stringify({ room: { timeline: { limit: 20, types: ["m.room.message"] } }, presence: { types: [] } }),
        });
    }
    joinRoom(roomId) {
        return this.request("POST", `/_matrix/client/v3/join/${encodeURIComponent(roomId)}`, {});
    }
    sendText(roomId, text, replyTo) {
        const txn = (0, crypto_1.randomUUID)();
        const content = { msgtype: "m.text", body: text };
        if (replyTo)
            content["m.relates_to"] = { "m.in_reply_to": { event_id: replyTo } };
        return this.request("PUT", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txn}`, content);
    }
}
exports.MatrixClient = MatrixClient;
