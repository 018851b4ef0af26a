"use strict";
const DROP = /<(script|style|noscript|nav|footer|header|aside|form|iframe|svg)[\s\S]*?<\/\1>/gi;
function pickMain(html) {
  const m = html.match(/<(article|main)[^>]*>([\s\S]*?)<\/\1>/i);
  return m ? m[2] : (html.match(/<body[^>]*>([\s\S]*)<\/body>/i) || [, html])[1];
}
function htmlToMarkdown(html, base) {
  const title = ((html.match(/<title[^>]*>([\s\S]*?)<\/title>/i) || [, "Untitled"])[1] || "").trim();
  let s = pickMain(html.replace(DROP, ""));
  s = s.replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, n, t) => "\n\n" + "#".repeat(+n) + " " + t.trim() + "\n\n");
  s = s.replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_, h, t) => { try { return `[${t.trim()}](${new URL(h, base)})`; } catch { return t; } });
  s = s.replace(/<li[^>]*>/gi, "\n- ").replace(/<(p|div|br|tr)[^>]*>/gi, "\n").replace(/<pre[^>]*>([\s\S]*?)<\/pre>/gi, "\n```\n$1\n```\n");
  s = s.replace(/<code[^>]*>([\s\S]*?)<\/code>/gi, "`$1`").replace(/<(strong|b)>([\s\S]*?)<\/\1>/gi, "**$2**").replace(/<(em|i)>([\s\S]*?)<\/\1>/gi, "_$2_");
  s = s.replace(/<[^>]+>/g, "");
  return { title, markdown: s };
}
module.exports = { htmlToMarkdown };
