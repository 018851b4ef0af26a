#!/usr/bin/env node
"use strict";
const { supervise, selfcheck } = require("../lib/index.js");

const argv = process.argv.slice(2);
const sub = argv[0];
if (sub === "selfcheck") {
  console.log(JSON.stringify(selfcheck()));
} else if (sub === "run") {
  const dd = argv.indexOf("--");
  const opts = argv.slice(1, dd < 0 ? undefined : dd);
  const get = (k) => {
    const i = opts.indexOf(k);
    return i >= 0 ? opts[i + 1] : undefined;
  };
  const [cmd, ...args] = dd < 0 ? [] : argv.slice(dd + 1);
  if (!cmd) {
    console.error("usage: procwarden run --name <n> [--max-restarts N] -- <cmd> [args...]");
    process.exit(2);
  }
  supervise({ name: get("--name") || cmd, cmd, args, maxRestarts: Number(get("--max-restarts") || Infinity) });
} else {
  console.log("procwarden run | selfcheck");
}
