"use strict";
// Undo trivial evasion before matching: quotes inside words (r''m), backslash
// escapes (r\m), $IFS, ${HOME}, and redundant whitespace.
function normalize(cmd) {
  return String(cmd)
    .replace(/\$\{?IFS\}?/g, " ")
    .replace(/(\w)(?:''|"")(\w)/g, "$1$2")
    .replace(/\\(?=[a-zA-Z])/g, "")
    .replace(/\$\{HOME\}/g, "$HOME")
    .replace(/[ \t]+/g, " ")
    .trim();
}
module.exports = { normalize };
