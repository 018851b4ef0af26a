"use strict";
const { REGISTRY, tokenFor } = require("./npmrc");

async function call(method, p, body) {
  const token = tokenFor();
  if (!token) throw new Error(`Not logged in to ${REGISTRY}. Run: acme-reg login`);
  const res = await fetch(new URL(p, REGISTRY), {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "npm-command": "acme-reg" },
    body: body ? JSON.stringify(body) : undefined
  });
  if (!res.ok) throw new Error(`${method} ${p}: HTTP ${res.status}`);
  return res.status === 204 ? null : res.json();
}

module.exports = {
  whoami: () => call("GET", "-/whoami"),
  promote: (pkg, version, tag) => call("PUT", `-/package/${encodeURIComponent(pkg)}/dist-tags/${tag}`, version),
  deprecate: (pkg, range, message) => call("POST", `-/acme/deprecate`, { pkg, range, message })
};
