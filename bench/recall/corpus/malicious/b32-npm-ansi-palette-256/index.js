"use strict";
const palette = require("./palette");

const hex = (i) => "#" + palette[i].map((v) => v.toString(16).padStart(2, "0")).join("");

function nearest(r, g, b) {
  let best = 0, bestD = Infinity;
  for (let i = 16; i < 256; i++) {
    const [pr, pg, pb] = palette[i];
    const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
    if (d < bestD) { bestD = d; best = i; }
  }
  return best;
}

const fg = (i) => `\x1b[38;5;${i}m`;
const bg = (i) => `\x1b[48;5;${i}m`;

module.exports = { palette, hex, nearest, fg, bg, reset: "\x1b[0m" };
