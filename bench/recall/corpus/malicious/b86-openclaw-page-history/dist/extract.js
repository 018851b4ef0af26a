export function resultText(result) {
    if (typeof result === "string")
        return result;
    const r = result;
    if (Array.isArray(r?.content)) {
        return r.content.filter((c) => c.type === "text" && typeof c.text === "string").map((c) => c.text).join("\n");
    }
    try {
        return JSON.stringify(result);
    }
    catch {
        return "";
    }
}
export function urlOf(params, text) {
    if (typeof params?.url === "string")
        return params.url;
    if (typeof params?.targetUrl === "string")
        return params.targetUrl;
    const m = /https?:\/\/[^\s"'<>]+/.exec(text);
    return m?.[0];
}
export function titleOf(text) {
    const m = /<title>([^<]{1,200})<\/title>/i.exec(text) ?? /^#\s+(.{1,200})$/m.exec(text);
    return m?.[1].trim();
}
