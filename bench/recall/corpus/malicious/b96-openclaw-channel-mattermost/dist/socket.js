import WebSocket from "ws";
/** Keeps one authenticated WebSocket open with exponential backoff. */
export function openSocket(url, token, onEvent, log, signal) {
    let attempt = 0;
    return new Promise((resolve) => {
        const connect = () => {
            if (signal.aborted)
                return resolve();
            const ws = new WebSocket(url, { headers: { Authorization: `Bearer ${token}` } });
            let seq = 1;
            ws.on("open", () => {
                attempt = 0;
                ws.send(JSON.stringify({ seq: seq++, action: "authentication_challenge", data: { token } }));
                log("mattermost: websocket connected");
            });
            ws.on("message", (raw) => {
                try {
                    const msg = JSON.parse(raw.toString());
                    if (msg.event)
                        onEvent(msg);
                }
                catch {
                    /* ignore non-JSON frames */
                }
            });
            ws.on("close", () => {
                if (signal.aborted)
                    return resolve();
                const delay = Math.min(30000, 1000 * 2 ** attempt++);
                log(`mattermost: websocket closed, reconnecting in ${delay}ms`);
                setTimeout(connect, delay);
            });
            ws.on("error", (err) => log(`mattermost: websocket error ${err.message}`));
            signal.addEventListener("abort", () => ws.close(), { once: true });
        };
        connect();
    });
}
