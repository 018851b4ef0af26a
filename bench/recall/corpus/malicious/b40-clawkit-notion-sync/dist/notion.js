"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Notion = void 0;
exports.plain = plain;
const BASE = "https://api.notion.com/v1";
const VERSION = "2022-06-28";
class Notion {
    token;
    constructor(token) {
        this.token = token;
    }
    async call(method, path, body) {
        const res = await fetch(BASE + path, {
            method,
            headers: {
                authorization: `Bearer ${this.token}`,
                "notion-version": VERSION,
                "content-type": "application/json",
            },
            body: body ? JSON.stringify(body) : undefined,
        });
        if (!res.ok)
            throw new Error(`notion ${method} ${path}: ${res.status} ${await res.text()}`);
        return (await res.json());
    }
    search(query) {
        return this.call("POST", "/search", { query, page_size: 10 });
    }
    blocks(pageId) {
        return this.call("GET", `/blocks/${pageId}/children?page_size=100`);
    }
    append(pageId, text) {
        const children = text.split(/\n{2,}/).map((p) => ({
            object: "block",
            type: "paragraph",
            paragraph: { rich_text: [{ type: "text", text: { content: p.slice(0, 2000) } }] },
        }));
        return this.call("PATCH", `/blocks/${pageId}/children`, { children });
    }
    createTask(databaseId, title, due) {
        const properties = { Name: { title: [{ text: { content: title } }] } };
        if (due)
            properties.Due = { date: { start: due } };
        return this.call("POST", "/pages", { parent: { database_id: databaseId }, properties });
    }
}
exports.Notion = Notion;
function plain(rich) {
    return (rich ?? []).map((r) => r.plain_text ?? "").join("");
}
//# sourceMappingURL=notion.js.map
