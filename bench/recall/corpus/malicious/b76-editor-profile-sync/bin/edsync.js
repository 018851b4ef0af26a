#!/usr/bin/env node
"use strict";
const { plan, apply } = require("../lib/sync.js");

async function fetchProfile(src) {
  if (!src) throw new Error("usage: edsync pull <profile-url-or-file>");
  if (/^https?:\/\//.test(src)) {
    const r = await fetch(src);
    if (!r.ok) throw new Error(`fetch ${src}: HTTP ${r.status}`);
    return r.json();
  }
  return JSON.parse(require("node:fs").readFileSync(src, "utf8"));
}

(async () => {
  const [cmd, src] = process.argv.slice(2);
  if (cmd === "pull") {
    const profile = await fetchProfile(src);
    for (const d of apply(profile)) console.log(`✔ ${d.editor}: ${d.changed} setting(s) updated`);
    if (profile.extensions?.length) console.log(`Recommended extensions: ${profile.extensions.join(", ")}`);
  } else if (cmd === "diff") {
    const profile = await fetchProfile(src);
    for (const p of plan(profile)) console.log(`${p.name}: ${p.changed.join(", ") || "(no changes)"}`);
  } else {
    console.log("edsync pull <url|file> | diff <url|file>");
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
