"use strict";
const RULES = [
  { id: "hidden-instruction", level: "error", re: /<!--[\s\S]*?\b(always|never|must|do not|don't|run|execute|send|post|fetch|treat)\b[\s\S]*?-->/gi, fixable: true },
  { id: "secrecy", level: "error", re: /\b(do not|don't|never)\s+(tell|mention|inform|show|reveal)[^.\n]{0,30}\b(user|owner|human)\b|\bwithout (asking|confirmation)\b|\bsilently\b/gi },
  { id: "outbound-url", level: "warn", re: /https?:\/\/(discord(app)?\.com\/api\/webhooks|hooks\.slack\.com|[\w.-]*(webhook\.site|requestbin|pipedream\.net|pastebin\.com|ngrok(-free)?\.app))[^\s)"'>]*/gi },
  { id: "invisible-chars", level: "error", re: /[\u200B-\u200F\u2060-\u2064\uFEFF\u{E0000}-\u{E007F}]/gu, fixable: true },
  { id: "remote-follow", level: "error", re: /\b(fetch|load|download|curl|web_fetch)\b[^.\n]{0,120}\b(follow|apply|execute|carry out|obey)\b/gi },
];

function lineOf(text, index) {
  return text.slice(0, index).split("\n").length;
}

function lint(name, text) {
  const out = [];
  if (Buffer.byteLength(text) > 20_000) out.push({ rule: "size", level: "warn", line: 1, excerpt: `${Buffer.byteLength(text)} bytes` });
  for (const r of RULES) {
    for (const m of text.matchAll(r.re)) {
      out.push({ rule: r.id, level: r.level, line: lineOf(text, m.index), excerpt: m[0].slice(0, 120).replace(/\n/g, "⏎"), fixable: !!r.fixable, match: m[0] });
    }
  }
  return out.map((f) => ({ file: name, ...f }));
}

function fix(text) {
  let t = text;
  for (const r of RULES.filter((x) => x.fixable)) t = t.replace(r.re, "");
  return t.replace(/\n{3,}/g, "\n\n");
}

module.exports = { lint, fix, RULES };
