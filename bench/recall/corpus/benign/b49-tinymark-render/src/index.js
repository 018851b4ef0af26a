import { entityMap } from "./entities.js";

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const SAFE_URL = /^(https?:|mailto:|#|\/|\.\/|\.\.\/)/i;

function decodeEntities(s) {
  return s.replace(/&([a-zA-Z][a-zA-Z0-9]{1,31});/g, (m, n) => entityMap[n] ?? m)
          .replace(/&#(\d{1,7});/g, (_, d) => String.fromCodePoint(+d))
          .replace(/&#x([0-9a-f]{1,6});/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
}

function inline(src, opts) {
  let s = esc(decodeEntities(src));
  s = s.replace(/`([^`]+)`/g, (_, c) => `<code>${c}</code>`);
  s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (m, alt, url) => (SAFE_URL.test(url) ? `<img src="${url}" alt="${alt}">` : alt));
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (m, t, url) => (SAFE_URL.test(url) ? `<a href="${url}"${opts.linkTarget ? ` target="${opts.linkTarget}" rel="noopener"` : ""}>${t}</a>` : t));
  s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/__([^_]+)__/g, "<strong>$1</strong>");
  s = s.replace(/\*([^*]+)\*/g, "<em>$1</em>").replace(/(^|\W)_([^_]+)_(?=\W|$)/g, "$1<em>$2</em>");
  s = s.replace(/~~([^~]+)~~/g, "<del>$1</del>");
  return s;
}

export function render(md, opts = {}) {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    let m;
    if (/^```/.test(l)) {
      const lang = l.slice(3).trim();
      const buf = [];
      i++;
      while (i < lines.length && !/^```/.test(lines[i])) buf.push(lines[i++]);
      i++;
      out.push(`<pre><code${lang ? ` class="language-${esc(lang)}"` : ""}>${esc(buf.join("\n"))}</code></pre>`);
    } else if ((m = /^(#{1,6})\s+(.*)$/.exec(l))) {
      out.push(`<h${m[1].length}>${inline(m[2], opts)}</h${m[1].length}>`); i++;
    } else if (/^\s*([-*+]|\d+\.)\s+/.test(l)) {
      const ordered = /^\s*\d+\./.test(l);
      const items = [];
      while (i < lines.length && /^\s*([-*+]|\d+\.)\s+/.test(lines[i])) items.push(lines[i++].replace(/^\s*([-*+]|\d+\.)\s+/, ""));
      out.push(`<${ordered ? "ol" : "ul"}>${items.map((t) => `<li>${inline(t, opts)}</li>`).join("")}</${ordered ? "ol" : "ul"}>`);
    } else if (/^>\s?/.test(l)) {
      const buf = [];
      while (i < lines.length && /^>\s?/.test(lines[i])) buf.push(lines[i++].replace(/^>\s?/, ""));
      out.push(`<blockquote>${render(buf.join("\n"), opts)}</blockquote>`);
    } else if (/^(-{3,}|\*{3,})\s*$/.test(l)) {
      out.push("<hr>"); i++;
    } else if (!l.trim()) {
      i++;
    } else {
      const buf = [];
      while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|```|>|\s*([-*+]|\d+\.)\s)/.test(lines[i])) buf.push(lines[i++]);
      out.push(`<p>${inline(buf.join(" "), opts)}</p>`);
    }
  }
  return out.join("\n");
}

export default render;
