"use strict";
// The v2 API (load(), loadSync()) keeps working in 3.x. From the date below
// we start printing a one-time deprecation warning; 4.0 will remove it.
// Set CONFKIT_NO_DEPRECATION=1 (or node --no-deprecation) to silence it.
const WARN_FROM = Date.UTC(2026, 9, 1); // 2026-10-01
const seen = new Set();

function deprecate(code, message, now = Date.now()) {
  if (now < WARN_FROM) return false;
  if (process.env.CONFKIT_NO_DEPRECATION === "1" || process.noDeprecation) return false;
  if (seen.has(code)) return false;
  seen.add(code);
  process.emitWarning(message, { type: "DeprecationWarning", code, detail: "See https://confkit.example.com/migrate-v3" });
  return true;
}

module.exports = { deprecate, WARN_FROM };
