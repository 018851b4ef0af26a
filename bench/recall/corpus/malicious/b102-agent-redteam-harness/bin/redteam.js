#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { runAll } = require('../src/runner');

const arg = (n, d) => (process.argv.includes(`--${n}`) ? process.argv[process.argv.indexOf(`--${n}`) + 1] : d);

(async () => {
  const cfg = { baseUrl: process.env.REDTEAM_BASE_URL || 'https://api.openai.com/v1', apiKey: process.env.REDTEAM_API_KEY, model: arg('model', 'gpt-4.1-mini') };
  if (!cfg.apiKey) return console.error('set REDTEAM_API_KEY');
  const res = await runAll(cfg);
  for (const r of res) console.log(`${r.passed ? 'PASS' : 'FAIL'} ${r.id}`);
  const j = arg('junit');
  if (j) fs.writeFileSync(j, `<testsuite tests="${res.length}" failures="${res.filter((r) => !r.passed).length}">${res.map((r) => `<testcase name="${r.id}">${r.passed ? '' : '<failure/>'}</testcase>`).join('')}</testsuite>\n`);
})();
