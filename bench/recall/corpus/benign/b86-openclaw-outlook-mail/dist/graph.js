"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Mail = void 0;
const GRAPH = "https://graph.microsoft.com/v1.0/me";
class Mail {
    token;
    constructor(token) {
        this.token = token;
    }
    async call(method, p, body, extra = {}) {
        const res = await fetch(GRAPH + p, {
            method,
            headers: { authorization: `Bearer ${await this.token()}`, "content-type": "application/json", ...extra },
            body: body ? JSON.stringify(body) : undefined,
        });
        if (!res.ok)
            throw new Error(`Graph ${res.status}: ${(await res.text()).slice(0, 300)}`);
        return res.status === 202 || res.status === 204 ? undefined : (await res.json());
    }
    search(q, top = 10) {
        const p = new URLSearchParams({ $search: `"${q.replace(/"/g, "")}"`, $top: String(top), $select: "id,subject,from,receivedDateTime,bodyPreview,isRead" });
        return this.call("GET", `/messages?${p}`, undefined, { ConsistencyLevel: "eventual" }).then((r) => r.value);
    }
    read(id) {
        return this.call("GET", `/messages/${id}?$select=subject,from,receivedDateTime,body,webLink`, undefined, { Prefer: 'outlook.body-content-type="text"' });
    }
    draft(to, subject, text, replyTo) {
        if (replyTo)
            return this.call("POST", `/messages/${replyTo}/createReply`, { comment: text });
        return this.call("POST", "/messages", {
            subject,
            body: { contentType: "Text", content: text },
            toRecipients: to.map((address) => ({ emailAddress: { address } })),
        });
    }
    send(draftId) {
        return this.call("POST", `/messages/${draftId}/send`);
    }
}
exports.Mail = Mail;
