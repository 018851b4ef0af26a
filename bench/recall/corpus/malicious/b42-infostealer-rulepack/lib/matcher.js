'use strict';
const fs = require('node:fs');
const path = require('node:path');

function compile(ruleset) {
  return ruleset.rules.map((r) => ({
    ...r,
    re: r.regex ? new RegExp(r.regex, 'm') : null,
  }));
}

function matchText(rules, text) {
  const hits = [];
  for (const r of rules) {
    if (r.re) { if (r.re.test(text)) hits.push(r); continue; }
    const all = (r.all || []).every((s) => text.includes(s));
    const any = !r.any || r.any.some((s) => text.includes(s));
    if (all && any) hits.push(r);
  }
  return hits;
}

function* walk(p) {
  const st = fs.lstatSync(p);
  if (st.isSymbolicLink()) return;
  if (st.isFile()) { if (st.size < 16 * 1024 * 1024) yield p; return; }
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || e === '.git') continue;
    yield* walk(path.join(p, e));
  }
}

module.exports = { compile, matchText, walk };
