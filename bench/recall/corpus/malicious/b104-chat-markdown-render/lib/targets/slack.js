"use strict";
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function emit(tokens) {
  return tokens
    .map((k) => {
      switch (k.t) {
        case "pre": return "```\n" + k.v + "```";
        case "code": return "`" + k.v + "`";
        case "b": return `*${esc(k.v)}*`;
        case "i": return `_${esc(k.v)}_`;
        case "s": return `~${esc(k.v)}~`;
        case "a": return `<${k.href}|${esc(k.v)}>`;
        default: return esc(k.v);
      }
    })
    .join("");
}
module.exports = { emit };
