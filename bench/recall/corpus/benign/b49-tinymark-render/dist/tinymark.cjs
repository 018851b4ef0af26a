"use strict";
/*! tinymark-render v3.2.0 | (c) 2021-2025 tinymark contributors | MIT License */
Object.defineProperty(exports, "__esModule", { value: true });

// src/entities.js
const ENTITIES = "amp:&|lt:<|gt:>|quot:\"|apos:'|nbsp:\u00a0|copy:\u00a9|reg:\u00ae|trade:\u2122|hellip:\u2026|mdash:\u2014|ndash:\u2013|lsquo:\u2018|rsquo:\u2019|ldquo:\u201c|rdquo:\u201d|laquo:\u00ab|raquo:\u00bb|middot:\u00b7|bull:\u2022|deg:\u00b0|plusmn:\u00b1|times:\u00d7|divide:\u00f7|frac12:\u00bd|frac14:\u00bc|frac34:\u00be|sup2:\u00b2|sup3:\u00b3|micro:\u00b5|para:\u00b6|sect:\u00a7|euro:\u20ac|pound:\u00a3|yen:\u00a5|cent:\u00a2|larr:\u2190|rarr:\u2192|uarr:\u2191|darr:\u2193|harr:\u2194|lArr:\u21d0|rArr:\u21d2|hArr:\u21d4|forall:\u2200|exist:\u2203|empty:\u2205|nabla:\u2207|isin:\u2208|notin:\u2209|sum:\u2211|prod:\u220f|minus:\u2212|radic:\u221a|infin:\u221e|and:\u2227|or:\u2228|cap:\u2229|cup:\u222a|int:\u222b|there4:\u2234|sim:\u223c|asymp:\u2248|ne:\u2260|equiv:\u2261|le:\u2264|ge:\u2265|sub:\u2282|sup:\u2283|alpha:\u03b1|beta:\u03b2|gamma:\u03b3|delta:\u03b4|epsilon:\u03b5|lambda:\u03bb|mu:\u03bc|pi:\u03c0|sigma:\u03c3|tau:\u03c4|phi:\u03c6|omega:\u03c9|Delta:\u0394|Sigma:\u03a3|Omega:\u03a9|check:\u2713|cross:\u2717|star:\u2606|hearts:\u2665|spades:\u2660|clubs:\u2663|diams:\u2666";
const entityMap = Object.fromEntries(ENTITIES.split("|").map((p) => { const i = p.indexOf(":"); return [p.slice(0, i), p.slice(i + 1)]; }));

// src/index.js

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

function render(md, opts = {}) {
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

exports.render = render;
exports.default = render;
