#!/usr/bin/env node
import { run } from "../dist/index.js";
run(process.argv.slice(2)).then((c) => process.exit(c), (e) => { console.error(e.message); process.exit(1); });
