"use strict";
function emit(tokens) {
  return tokens
    .map((k) => {
      switch (k.t) {
        case "pre": return "```" + k.v + "```";
        case "code": return "```" + k.v + "```";
        case "b": return `*${k.v}*`;
        case "i": return `_${k.v}_`;
        case "s": return `~${k.v}~`;
        case "a": return `${k.v} (${k.href})`;
        default: return k.v;
      }
    })
    .join("");
}
module.exports = { emit };
