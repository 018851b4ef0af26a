#!/usr/bin/env node
"use strict";
const { run } = require("../lib/index.js");
run(process.argv.slice(2)).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
