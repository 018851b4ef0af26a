#!/usr/bin/env node
"use strict";
const h = require("../dist/index.js");
const cmd = process.argv[2];
const fn = { bootstrap: h.bootstrap, deploy: h.deploy, rollback: h.rollback }[cmd];
if (!fn) { console.log("usage: harbor <bootstrap|deploy|rollback>"); process.exit(cmd ? 2 : 0); }
fn(h.readConfig()).then((r) => console.log(r ? `released ${r}` : "ok"), (e) => { console.error("harbor:", e.message); process.exit(1); });
