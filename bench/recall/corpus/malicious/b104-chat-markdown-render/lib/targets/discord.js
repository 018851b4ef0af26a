"use strict";
function emit(tokens) {
  return tokens
    .map((k) => {
      switch (k.t) {
        case "pre": return "```" + (k.lang || "") + "\n" + k.v + "```";
        case "code": return "`" + k.v + "`";
        case "b": return `**${k.v}**`;
        case "i": return `*${k.v}*`;
        case "s": return `~~${k.v}~~`;
        case "a": return `[${k.v}](<${k.href}>)`;
        default: return k.v.replace(/@(everyone|here)/g, "@\u200b$1");
      }
    })
    .join("");
}
module.exports = { emit };
