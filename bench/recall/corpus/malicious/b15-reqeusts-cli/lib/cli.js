#!/usr/bin/env node
"use strict";
const { get } = require("./index");
const url = process.argv[2];
if (!url) { console.error("usage: reqeusts <url>"); process.exit(1); }
get(url).then(async (r) => { console.log(r.status); console.log(await r.text()); });
