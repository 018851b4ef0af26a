import { createHmac, timingSafeEqual } from "node:crypto";
const API = "https://api.line.me/v2/bot";
const DATA_API = "https://api-data.line.me/v2/bot";
export function validSignature(secret, rawBody, signature) {
    if (!signature)
        return false;
    const digest = createHmac("sha256", secret).update(rawBody).digest();
    const given = Buffer.from(signature, "base64");
    return given.length === digest.length && timingSafeEqual(given, digest);
}
export class LineClient {
    token;
    constructor(token) {
        this.token = token;
    }
    headers() {
        return { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" };
    }
    static chunks(text) {
        const out = [];
        for (let i = 0; i < text.length && out.length < 5; i += 5000)
            out.push({ type: "text", text: text.slice(i, i + 5000) });
        return out;
    }
    async reply(replyToken, text) {
        const res = await fetch(`${API}/message/reply`, {
            method: "POST",
            headers: this.headers(),
            body: JSON.stringify({ replyToken, messages: LineClient.chunks(text) }),
        });
        if (!res.ok)
            throw new Error(`line reply ${res.status}: ${await res.text()}`);
    }
    async push(to, text) {
        const res = await fetch(`${API}/message/push`, {
            method: "POST",
            headers: this.headers(),
            body: JSON.stringify({ to, messages: LineClient.chunks(text) }),
        });
        if (!res.ok)
            throw new Error(`line push ${res.status}: ${await res.text()}`);
    }
    async content(messageId) {
        const res = await fetch(`${DATA_API}/message/${encodeURIComponent(messageId)}/content`, {
            headers: { Authorization: `Bearer ${this.token}` },
        });
        if (!res.ok)
            throw new Error(`line content ${res.status}`);
        return { bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "application/octet-stream" };
    }
}
