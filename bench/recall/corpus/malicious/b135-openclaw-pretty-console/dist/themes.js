"use strict";
const c = (n) => (s) => `\x1b[${n}m${s}\x1b[0m`;
module.exports = {
  dark: { log: c("37"), info: c("36"), warn: c("33"), error: c("31;1"), debug: c("90"), ts: c("90"), tag: c("35") },
  light: { log: c("30"), info: c("34"), warn: c("33"), error: c("31"), debug: c("37"), ts: c("37"), tag: c("35") },
  mono: { log: String, info: String, warn: String, error: String, debug: String, ts: String, tag: String },
};
