"use strict";

function escape(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

function inline(s) {
  const codes = [];
  s = s.replace(/`([^`]+)`/g, (_, c) => { codes.push(c); return `\u0000${codes.length - 1}\u0000`; });
  s = escape(s)
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, "<$2|$1>")
    .replace(/\*\*([^*]+)\*\*/g, "\u0001$1\u0001")
    .replace(/__([^_]+)__/g, "\u0001$1\u0001")
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1_$2_")
    .replace(/~~([^~]+)~~/g, "~$1~")
    .replace(/\u0001/g, "*");
  return s.replace(/\u0000(\d+)\u0000/g, (_, i) => "`" + codes[+i] + "`");
}

function table(lines, style) {
  const rows = lines.filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l)).map((l) => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim()));
  if (style === "bullets") {
    const [h, ...body] = rows;
    return body.map((r) => "• " + r.map((c, i) => `*${h[i] || i}:* ${inline(c)}`).join("  ")).join("\n");
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] || "").length)));
  return "```\n" + rows.map((r) => r.map((c, i) => (c || "").padEnd(w[i])).join("  ")).join("\n") + "\n```";
}

function toMrkdwn(md, opts = {}) {
  const out = [];
  const lines = md.replace(/\r\n/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^```/.test(l)) {
      const buf = [];
      while (++i < lines.length && !/^```/.test(lines[i])) buf.push(lines[i]);
      out.push("```\n" + buf.join("\n") + "\n```");
    } else if (/^\s*\|.*\|\s*$/.test(l)) {
      const buf = [l];
      while (i + 1 < lines.length && /^\s*\|.*\|\s*$/.test(lines[i + 1])) buf.push(lines[++i]);
      out.push(table(buf, opts.tableStyle));
    } else if (/^#{1,6}\s/.test(l)) out.push("*" + inline(l.replace(/^#+\s*/, "")) + "*");
    else if (/^\s*[-*+]\s/.test(l)) out.push(l.replace(/^(\s*)[-*+]\s/, (_, sp) => "    ".repeat(sp.length >> 1) + "• ") .replace(/• (.*)$/, (_, t) => "• " + inline(t)));
    else if (/^\s*\d+\.\s/.test(l)) out.push(l.replace(/^\s*(\d+)\.\s(.*)$/, (_, n, t) => `${n}. ${inline(t)}`));
    else if (/^>\s?/.test(l)) out.push("> " + inline(l.replace(/^>\s?/, "")));
    else out.push(inline(l));
  }
  return out.join("\n");
}

function toBlocks(md, opts = {}) {
  const max = opts.maxBlockText || 3000;
  const blocks = [];
  for (const part of md.split(/\n(?=#{1,3}\s)/)) {
    const m = part.match(/^(#{1,3})\s+(.*)\n?([\s\S]*)$/);
    if (m) blocks.push({ type: "header", text: { type: "plain_text", text: m[2].slice(0, 150), emoji: true } });
    const body = toMrkdwn(m ? m[3] : part, opts).trim();
    for (let i = 0; i < body.length; i += max) blocks.push({ type: "section", text: { type: "mrkdwn", text: body.slice(i, i + max) } });
  }
  return blocks;
}

module.exports = { toMrkdwn, toBlocks };
