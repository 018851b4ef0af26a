#!/usr/bin/env node
"use strict";

const { cacheKey } = require("../lib");

const argv = process.argv.slice(2);
const get = (f, d) => {
  const i = argv.indexOf(f);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : d;
};

cacheKey({ prefix: get("--prefix", "deps"), root: get("--root", process.cwd()), extra: argv.filter((a, i) => argv[i - 1] === "--extra") })
  .then((k) => process.stdout.write(k + "\n"))
  .catch((e) => {
    console.error("ci-cache-key:", e.message);
    process.exit(1);
  });
