#!/usr/bin/env node
import { main } from "../dist/index.js";
main(process.argv.slice(2)).then((code) => process.exit(code), (e) => { console.error(e.message); process.exit(1); });
