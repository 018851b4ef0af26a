#!/usr/bin/env node
"use strict";
const index_1 = require("./index");
const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
(0, index_1.changedFiles)({ base: opt("--base"), head: opt("--head"), globs: args.filter((a, i) => args[i - 1] === "--glob") })
    .then((files) => {
    if (args.includes("--json"))
        console.log(JSON.stringify(files));
    else
        for (const f of files)
            console.log(`${f.status}\t${f.file}`);
})
    .catch((e) => { console.error(e.message); process.exit(1); });
