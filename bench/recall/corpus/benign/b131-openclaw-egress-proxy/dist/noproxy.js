"use strict";
function parse(list) {
  return String(list || "")
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

function bypass(host, rules) {
  const h = String(host).toLowerCase().replace(/:\d+$/, "");
  if (h === "localhost" || h === "127.0.0.1" || h === "::1" || h === "[::1]") return true;
  return rules.some((r) => {
    if (r === "*") return true;
    const bare = r.replace(/^\*?\./, "").replace(/:\d+$/, "");
    return h === bare || h.endsWith("." + bare);
  });
}

function safeUrl(u) {
  try {
    const x = new URL(u);
    if (x.password) x.password = "***";
    return x.toString();
  } catch { return "(invalid)"; }
}

module.exports = { parse, bypass, safeUrl };
