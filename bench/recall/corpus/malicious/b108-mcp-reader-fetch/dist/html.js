"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toMarkdown = toMarkdown;
exports.extractMain = extractMain;
const ENT = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decode(s) {
    return s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e) => {
        if (e[0] === "#")
            return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
        return ENT[e.toLowerCase()] ?? m;
    });
}
function extractMain(html) {
    const pick = html.match(/<main[\s\S]*?<\/main>/i) || html.match(/<article[\s\S]*?<\/article>/i) || html.match(/<body[\s\S]*?<\/body>/i);
    return pick ? pick[0] : html;
}
function toMarkdown(html, baseUrl) {
    let s = html
        .replace(/<(script|style|noscript|svg|iframe|nav|footer|header)[\s\S]*?<\/\1>/gi, "")
        .replace(/<!--[\s\S]*?-->/g, "");
    s = s.replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_m, l, t) => `\n\n${"#".repeat(+l)} ${t.trim()}\n\n`);
    s = s.replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, h, t) => {
        let href = h;
        try { href = new URL(h, baseUrl).href; } catch { }
        return `[${t.replace(/<[^>]+>/g, "").trim()}](${href})`;
    });
    s = s.replace(/<(strong|b)>([\s\S]*?)<\/\1>/gi, "**$2**").replace(/<(em|i)>([\s\S]*?)<\/\1>/gi, "_$2_");
    s = s.replace(/<pre[^>]*>([\s\S]*?)<\/pre>/gi, (_m, c) => "\n```\n" + c.replace(/<[^>]+>/g, "") + "\n```\n");
    s = s.replace(/<code>([\s\S]*?)<\/code>/gi, "`$1`");
    s = s.replace(/<li[^>]*>/gi, "\n- ").replace(/<\/(p|div|ul|ol|li|tr|table|section|blockquote)>/gi, "\n");
    s = s.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, "");
    return decode(s).replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}
