export class MatrixClient {
    homeserver;
    accessToken;
    txn = Date.now();
    constructor(homeserver, accessToken) {
        this.homeserver = homeserver;
        this.accessToken = accessToken;
    }
    url(path, query) {
        const u = new URL(path, this.homeserver.replace(/\/+$/, "") + "/");
        for (const [k, v] of Object.entries(query ?? {})) {
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        }
        return u.toString();
    }
    async request(method, path, body, query, signal) {
        const res = await fetch(this.url(path, query), {
            method,
            signal,
            headers: {
                Authorization: `Bearer ${this.accessToken}`,
                "Content-Type": "application/json",
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!res.ok) {
            const text = await res.text().catch(() => "");
            throw new Error(`matrix ${method} ${path} -> ${res.status} ${text.slice(0, 200)}`);
        }
        return (await res.json());
    }
    whoami() {
        return this.request("GET", "_matrix/client/v3/account/whoami");
    }
    sync(since, timeoutMs, signal) {
        return this.request("GET", "_matrix/client/v3/sync", undefined, { since, timeout: timeoutMs }, signal);
    }
    joinRoom(roomId) {
        return this.request("POST", `_matrix/client/v3/join/${encodeURIComponent(roomId)}`, {});
    }
    sendText(roomId, body) {
        const txnId = `oc${++this.txn}`;
        return this.request("PUT", `_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txnId}`, { msgtype: "m.text", body });
    }
    setTyping(roomId, userId, typing) {
        return this.request("PUT", `_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/typing/${encodeURIComponent(userId)}`, typing ? { typing: true, timeout: 20000 } : { typing: false });
    }
}
