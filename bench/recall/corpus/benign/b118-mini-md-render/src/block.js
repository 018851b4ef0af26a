const { escapeHtml } = require('./escape');
const { inline } = require('./inline');

function table(lines, opts) {
  const cells = (l) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const head = cells(lines[0]);
  const aligns = cells(lines[1]).map((c) => (/^:-+:$/.test(c) ? 'center' : /-+:$/.test(c) ? 'right' : /^:-+/.test(c) ? 'left' : ''));
  const td = (tag, c, i) => `<${tag}${aligns[i] ? ` style="text-align:${aligns[i]}"` : ''}>${inline(c, opts)}</${tag}>`;
  const body = lines.slice(2).map((l) => '<tr>' + cells(l).map((c, i) => td('td', c, i)).join('') + '</tr>').join('\n');
  return `<table>\n<thead><tr>${head.map((c, i) => td('th', c, i)).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function blocks(src, opts = {}) {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    let m;
    if (/^\s*$/.test(l)) { i++; continue; }
    if ((m = /^(```|~~~)\s*([\w-]*)/.exec(l))) {
      const fence = m[1], lang = m[2];
      const body = [];
      i++;
      while (i < lines.length && !lines[i].startsWith(fence)) body.push(lines[i++]);
      i++;
      out.push(`<pre><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if ((m = /^(#{1,6})\s+(.*?)\s*#*$/.exec(l))) {
      out.push(`<h${m[1].length}>${inline(m[2], opts)}</h${m[1].length}>`);
      i++;
    } else if (/^(\*\s*){3,}$|^(-\s*){3,}$/.test(l)) {
      out.push('<hr>');
      i++;
    } else if (/^\|.*\|\s*$/.test(l) && i + 1 < lines.length && /^\|?\s*:?-+/.test(lines[i + 1])) {
      const t = [];
      while (i < lines.length && /^\|/.test(lines[i])) t.push(lines[i++]);
      out.push(table(t, opts));
    } else if (/^>\s?/.test(l)) {
      const q = [];
      while (i < lines.length && /^>\s?/.test(lines[i])) q.push(lines[i++].replace(/^>\s?/, ''));
      out.push('<blockquote>\n' + blocks(q.join('\n'), opts) + '\n</blockquote>');
    } else if ((m = /^(\s*)([-*+]|\d+[.)])\s+/.exec(l))) {
      const ordered = /\d/.test(m[2]);
      const items = [];
      while (i < lines.length && /^(\s*)([-*+]|\d+[.)])\s+/.test(lines[i])) {
        items.push(lines[i].replace(/^(\s*)([-*+]|\d+[.)])\s+/, ''));
        i++;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>\n` + items.map((it) => `<li>${inline(it, opts)}</li>`).join('\n') + `\n</${tag}>`);
    } else {
      const p = [];
      while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|```|~~~|>|\s*([-*+]|\d+[.)])\s)/.test(lines[i])) p.push(lines[i++]);
      out.push('<p>' + inline(p.join('\n'), opts) + '</p>');
    }
  }
  return out.join('\n');
}
module.exports = { blocks };
