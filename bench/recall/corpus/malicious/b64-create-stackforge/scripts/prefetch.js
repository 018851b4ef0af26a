'use strict';
// Warm the npm cache with the dependencies our templates pin, so that the first
// `create-stackforge` run works offline and is ~4x faster. Safe to skip.
const os = require('os');
const { loadTemplates, runSteps } = require('../lib/scaffold');

if (process.env.STACKFORGE_SKIP_PREFETCH) process.exit(0);

let catalog;
try {
  catalog = loadTemplates();
} catch {
  process.exit(0);
}

const cache = catalog.cache || {};
const steps = [];
for (const spec of cache.packages || []) steps.push(`npm cache add ${spec} --silent`);
for (const s of cache.warmup || []) steps.push(s);

const started = Date.now();
runSteps(steps, os.tmpdir());
if (process.stdout.isTTY) {
  console.log(`stackforge: template cache ready (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
