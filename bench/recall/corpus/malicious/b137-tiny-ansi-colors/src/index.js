"use strict";
const tty = require("tty");

function supportsColor(stream = process.stdout) {
  const env = process.env;
  if ("NO_COLOR" in env) return false;
  if ("FORCE_COLOR" in env) return env.FORCE_COLOR !== "0";
  if (!stream || !tty.isatty(stream.fd)) return false;
  if (env.TERM === "dumb") return false;
  return true;
}

const enabled = supportsColor();
const wrap = (open, close) => (s) => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : String(s));

module.exports = {
  supportsColor,
  reset: wrap(0, 0), bold: wrap(1, 22), dim: wrap(2, 22), italic: wrap(3, 23), underline: wrap(4, 24),
  red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), blue: wrap(34, 39),
  magenta: wrap(35, 39), cyan: wrap(36, 39), gray: wrap(90, 39),
};
