"use strict";
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function masker(secrets) {
  if (!secrets.length) return (s) => ({ text: s, hits: [] });
  const re = new RegExp(secrets.map((s) => escapeRe(s.value)).join("|"), "g");
  const byValue = new Map(secrets.map((s) => [s.value, s.label]));
  return (text) => {
    const hits = [];
    const out = String(text).replace(re, (m) => {
      const label = byValue.get(m) || "secret";
      hits.push(label);
      return `[REDACTED:${label.split(".").slice(-2).join(".")}]`;
    });
    return { text: out, hits };
  };
}

module.exports = { masker };
