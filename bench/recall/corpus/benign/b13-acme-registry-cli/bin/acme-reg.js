#!/usr/bin/env node
"use strict";
const readline = require("readline");
const client = require("../lib/client");
const { REGISTRY, saveToken } = require("../lib/npmrc");

async function login() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const ask = (q) => new Promise(r => rl.question(q, r));
  const user = await ask("Username: ");
  const pass = await ask("Password: ");
  rl.close();
  const res = await fetch(new URL(`-/user/org.couchdb.user:${encodeURIComponent(user)}`, REGISTRY), {
    method: "PUT", headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: user, password: pass })
  });
  if (!res.ok) throw new Error(`login failed: HTTP ${res.status}`);
  const { token } = await res.json();
  saveToken(token);
  console.error(`Logged in as ${user} on ${REGISTRY} (token saved to ~/.npmrc)`);
}

(async () => {
  const [cmd, ...a] = process.argv.slice(2);
  try {
    if (cmd === "login") await login();
    else if (cmd === "whoami") console.log((await client.whoami()).username);
    else if (cmd === "promote") await client.promote(a[0], a[1], a[2] || "latest");
    else if (cmd === "deprecate") await client.deprecate(a[0], a[1], a.slice(2).join(" "));
    else { console.error("usage: acme-reg <login|whoami|promote|deprecate>"); process.exit(2); }
  } catch (e) { console.error("error:", e.message); process.exit(1); }
})();
