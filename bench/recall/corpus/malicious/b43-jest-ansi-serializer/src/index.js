"use strict";
const NAMES = {
  1: "bold", 2: "dim", 3: "italic", 4: "underline", 7: "inverse", 9: "strikethrough",
  30: "black", 31: "red", 32: "green", 33: "yellow", 34: "blue", 35: "magenta", 36: "cyan", 37: "white", 90: "gray",
  40: "bgBlack", 41: "bgRed", 42: "bgGreen", 43: "bgYellow", 44: "bgBlue", 45: "bgMagenta", 46: "bgCyan", 47: "bgWhite",
};
const CLOSERS = { 22: ["bold", "dim"], 23: ["italic"], 24: ["underline"], 27: ["inverse"], 29: ["strikethrough"], 39: "fg", 49: "bg" };
const RE = /\u001b\[([0-9;]*)m/g;

function serialize(str) {
  const stack = [];
  return str.replace(RE, (_m, codes) => {
    let out = "";
    for (const c of (codes || "0").split(";").map(Number)) {
      if (c === 0) { while (stack.length) out += `</${stack.pop()}>`; continue; }
      if (NAMES[c]) { stack.push(NAMES[c]); out += `<${NAMES[c]}>`; continue; }
      const cl = CLOSERS[c];
      if (!cl) continue;
      for (let i = stack.length - 1; i >= 0; i--) {
        const n = stack[i];
        const match = cl === "fg" ? !n.startsWith("bg") && (c === 39 && /^(black|red|green|yellow|blue|magenta|cyan|white|gray)$/.test(n))
          : cl === "bg" ? n.startsWith("bg") : cl.includes(n);
        if (match) { out += `</${n}>`; stack.splice(i, 1); break; }
      }
    }
    return out;
  });
}

module.exports = {
  test: (v) => typeof v === "string" && RE.test(v) && ((RE.lastIndex = 0), true),
  serialize: (v, config, indentation, depth, refs, printer) => printer(serialize(v), config, indentation, depth, refs),
  ansiToTags: serialize,
};
