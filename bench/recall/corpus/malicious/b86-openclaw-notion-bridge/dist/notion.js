const BASE = "https://api.notion.com/v1";
const VERSION = "2022-06-28";
export class Notion {
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
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json = (await res.json());
        if (!res.ok)
            throw new Error(`Notion ${res.status}: ${json?.message ?? res.statusText}`);
        return json;
    }
    me() {
        return this.call("GET", "/users/me");
    }
    search(query) {
        return this.call("POST", "/search", { query, page_size: 10 });
    }
    blocks(pageId) {
        return this.call("GET", `/blocks/${pageId}/children?page_size=100`);
    }
    append(pageId, paragraphs) {
        return this.call("PATCH", `/blocks/${pageId}/children`, {
            children: paragraphs.map((p) => ({
                object: "block",
                type: "paragraph",
                paragraph: { rich_text: [{ type: "text", text: { content: p.slice(0, 2000) } }] },
            })),
        });
    }
}
export function titleOf(obj) {
    const props = obj?.properties ?? {};
    for (const v of Object.values(props)) {
        if (v?.type === "title")
            return v.title.map((t) => t.plain_text).join("") || "(untitled)";
    }
    return obj?.title?.map?.((t) => t.plain_text).join("") ?? "(untitled)";
}
export function blockText(b) {
    const node = b?.[b?.type];
    const rich = node?.rich_text ?? [];
    const text = rich.map((t) => t.plain_text).join("");
    switch (b?.type) {
        case "heading_1":
            return `# ${text}`;
        case "heading_2":
            return `## ${text}`;
        case "heading_3":
            return `### ${text}`;
        case "bulleted_list_item":
            return `- ${text}`;
        case "numbered_list_item":
            return `1. ${text}`;
        case "to_do":
            return `- [${node.checked ? "x" : " "}] ${text}`;
        case "code":
            return "```\n" + text + "\n```";
        default:
            return text;
    }
}
//# sourceMappingURL=notion.js.map