"use strict";
const DEFAULT_TAGS = new Set(["a","b","i","em","strong","p","br","ul","ol","li","code","pre","blockquote","h1","h2","h3","span"]);
const DEFAULT_ATTRS = { a: ["href","title","rel"], span: ["class"], code: ["class"] };
const SAFE_URL = /^(https?:|mailto:|#|\/)/i;

function escape(s) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function sanitize(html, opts = {}) {
  const tags = opts.allowedTags ? new Set(opts.allowedTags) : DEFAULT_TAGS;
  const attrs = opts.allowedAttributes || DEFAULT_ATTRS;
  html = String(html).replace(/<(script|style|iframe|object|embed)[\s\S]*?<\/\1\s*>/gi, "");
  return html.replace(/<\/?([a-zA-Z0-9]+)([^>]*)>/g, (m, tag, rest) => {
    tag = tag.toLowerCase();
    if (!tags.has(tag)) return "";
    if (m.startsWith("</")) return `</${tag}>`;
    const ok = attrs[tag] || [];
    const kept = [];
    rest.replace(/([a-zA-Z-:]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g, (_, name, __, a, b, c) => {
      name = name.toLowerCase();
      const val = a ?? b ?? c ?? "";
      if (!ok.includes(name)) return;
      if ((name === "href" || name === "src") && !SAFE_URL.test(val.trim())) return;
      kept.push(`${name}="${escape(val)}"`);
    });
    return `<${tag}${kept.length ? " " + kept.join(" ") : ""}>`;
  });
}

module.exports = sanitize;
module.exports.sanitize = sanitize;
