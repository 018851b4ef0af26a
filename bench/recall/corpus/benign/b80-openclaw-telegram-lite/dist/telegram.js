const API = "https://api.telegram.org";
export class BotApi {
    token;
    constructor(token) {
        this.token = token;
    }
    async call(method, params = {}, signal) {
        const res = await fetch(`${API}/bot${this.token}/${method}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(params),
            signal,
        });
        const data = (await res.json());
        if (!data.ok)
            throw new Error(`telegram ${method}: ${data.description ?? res.status}`);
        return data.result;
    }
    getMe() {
        return this.call("getMe");
    }
    getUpdates(offset, timeout, signal) {
        return this.call("getUpdates", { offset, timeout, allowed_updates: ["message"] }, signal);
    }
    sendMessage(chatId, text, replyTo) {
        const chunks = text.match(/[\s\S]{1,4000}/g) ?? [""];
        return chunks.reduce((p, chunk, i) => p.then(() => this.call("sendMessage", {
            chat_id: chatId,
            text: chunk,
            ...(i === 0 && replyTo ? { reply_parameters: { message_id: replyTo } } : {}),
        })), Promise.resolve());
    }
    sendChatAction(chatId, action = "typing") {
        return this.call("sendChatAction", { chat_id: chatId, action }).catch(() => undefined);
    }
}
//# sourceMappingURL=telegram.js.map
