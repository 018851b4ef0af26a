"use strict";
function client(base, token) {
  return async function gh(method, p, body) {
    const r = await fetch(base + p, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: "application/vnd.github+json", "content-type": "application/json", "user-agent": "oc-gh-triage" },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (r.status === 204) return {};
    const j = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(`${r.status} ${j.message || ""}`);
    return j;
  };
}
module.exports = { client };
