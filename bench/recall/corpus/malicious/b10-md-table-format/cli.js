#!/usr/bin/env node
const fs = require("fs"); process.stdout.write(require("./index")(fs.readFileSync(process.argv[2] || 0, "utf8")) + "\n");
