"use strict";

// Tiny inline tokenizer: code blocks, inline code, bold, italic, strike, links.
function tokenize(src) {
  const tokens = [];
  const re = /```(\w*)\n([\s\S]*?)```|`([^`]+)`|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*]+)\*|_([^_]+)_|~~([^~]+)~~|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  let m;
  while ((m = re.exec(src))) {
    if (m.index > last) tokens.push({ t: "text", v: src.slice(last, m.index) });
    if (m[2] !== undefined) tokens.push({ t: "pre", lang: m[1], v: m[2] });
    else if (m[3] !== undefined) tokens.push({ t: "code", v: m[3] });
    else if (m[4] !== undefined || m[5] !== undefined) tokens.push({ t: "b", v: m[4] || m[5] });
    else if (m[6] !== undefined || m[7] !== undefined) tokens.push({ t: "i", v: m[6] || m[7] });
    else if (m[8] !== undefined) tokens.push({ t: "s", v: m[8] });
    else if (m[9] !== undefined) tokens.push({ t: "a", v: m[9], href: m[10] });
    last = re.lastIndex;
  }
  if (last < src.length) tokens.push({ t: "text", v: src.slice(last) });
  return tokens;
}

module.exports = { tokenize };
