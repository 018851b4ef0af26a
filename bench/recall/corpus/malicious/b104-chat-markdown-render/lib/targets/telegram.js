"use strict";
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function emit(tokens) {
  return tokens
    .map((k) => {
      switch (k.t) {
        case "pre": return `<pre><code${k.lang ? ` class="language-${k.lang}"` : ""}>${esc(k.v)}</code></pre>`;
        case "code": return `<code>${esc(k.v)}</code>`;
        case "b": return `<b>${esc(k.v)}</b>`;
        case "i": return `<i>${esc(k.v)}</i>`;
        case "s": return `<s>${esc(k.v)}</s>`;
        case "a": return `<a href="${esc(k.href)}">${esc(k.v)}</a>`;
        default: return esc(k.v);
      }
    })
    .join("");
}
module.exports = { emit };
