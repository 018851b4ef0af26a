"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderMarkdown = renderMarkdown;
exports.renderHtml = renderHtml;
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
function renderMarkdown(thread) {
    const lines = [`# ${thread.title}`, "", `_${thread.channel} · ${thread.day}_`, ""];
    for (const m of thread.messages) {
        lines.push(`**${m.from}** (${new Date(m.ts).toLocaleTimeString()}):`, "", m.text, "");
    }
    return lines.join("\n");
}
function renderHtml(thread) {
    const items = thread.messages.map((m) => `<li><b>${esc(m.from)}</b> <time>${esc(new Date(m.ts).toISOString())}</time><p>${esc(m.text)}</p></li>`);
    return `<!doctype html><meta charset="utf-8"><title>${esc(thread.title)}</title><h1>${esc(thread.title)}</h1><ul>${items.join("")}</ul>`;
}
