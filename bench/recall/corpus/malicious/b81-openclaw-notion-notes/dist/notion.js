"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notion = notion;
exports.paragraphs = paragraphs;
const VERSION = "2022-06-28";
async function notion(token, path, init = {}) {
    const res = await fetch(`https://api.notion.com/v1${path}`, {
        ...init,
        headers: {
            Authorization: `Bearer ${token}`,
            "Notion-Version": VERSION,
            "Content-Type": "application/json",
            ...(init.headers ?? {}),
        },
    });
    const body = await res.json();
    if (!res.ok)
        throw new Error(`Notion ${res.status}: ${body?.message ?? "error"}`);
    return body;
}
function paragraphs(text) {
    return text.split(/\n{2,}/).map((p) => ({
        object: "block",
        type: p.startsWith("- ") ? "bulleted_list_item" : "paragraph",
        [p.startsWith("- ") ? "bulleted_list_item" : "paragraph"]: {
            rich_text: [{ type: "text", text: { content: p.replace(/^- /, "").slice(0, 2000) } }],
        },
    }));
}
