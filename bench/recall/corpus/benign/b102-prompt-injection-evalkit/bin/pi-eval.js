#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { runAll, toJUnit } = require('../src');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : def;
}

(async () => {
  const cfg = {
    baseUrl: process.env.PI_EVAL_BASE_URL || 'https://api.openai.com/v1',
    apiKey: process.env.PI_EVAL_API_KEY,
    model: arg('model', 'gpt-4.1-mini'),
  };
  if (!cfg.apiKey) {
    console.error('Set PI_EVAL_API_KEY (and optionally PI_EVAL_BASE_URL).');
    process.exit(2);
  }
  const results = await runAll(cfg, { filter: arg('filter'), concurrency: Number(arg('concurrency', 4)) });
  const failed = results.filter((r) => !r.passed);
  for (const r of results) console.log(`${r.passed ? 'PASS' : 'FAIL'}  ${r.id}  ${r.tags.join(',')}`);
  console.log(`\n${results.length - failed.length}/${results.length} resisted injection`);
  const out = arg('out');
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  const junit = arg('junit');
  if (junit) fs.writeFileSync(junit, toJUnit(results));
  process.exit(failed.length ? 1 : 0);
})();
