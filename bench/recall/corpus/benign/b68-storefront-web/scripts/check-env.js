'use strict';
// Warns (never fails) when required environment variables for local dev are missing.
const fs = require('fs');
const path = require('path');

const REQUIRED = ['NEXT_PUBLIC_STORE_API', 'STORE_API_TOKEN'];
const envFile = path.join(__dirname, '..', '.env.local');
const fromFile = new Set();
try {
  for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
    const m = /^\s*([A-Z0-9_]+)\s*=/.exec(line);
    if (m) fromFile.add(m[1]);
  }
} catch (_) {}
const missing = REQUIRED.filter((k) => !process.env[k] && !fromFile.has(k));
if (missing.length) {
  console.warn(`\n[storefront-web] Missing ${missing.join(', ')}. Copy .env.example to .env.local and fill them in.\n`);
}
