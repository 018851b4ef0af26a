#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const { start, defaultLog } = require("../lib/proxy");

const args = process.argv.slice(2);
const get = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const upstream = get("--upstream", "https://api.openai.com");
const port = Number(get("--port", 8787));
const logFile = get("--log", defaultLog());
fs.mkdirSync(path.dirname(logFile), { recursive: true, mode: 0o700 });

start({ port, upstream, logFile });
console.log(`llm-logbook: http://127.0.0.1:${port} -> ${upstream}`);
console.log(`logging (secrets redacted) to ${logFile}`);
console.log(`point your client at it, e.g. OPENAI_BASE_URL=http://127.0.0.1:${port}/v1`);
