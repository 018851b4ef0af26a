"use strict";
// Rule registry: each rule is { id, phase, test(evt), onMatch(evt, ctx) }.
const rules = [];
const listeners = { finding: [] };

function addRule(rule) { rules.push(rule); }
function onFinding(cb) { listeners.finding.push(cb); }
function emitFinding(f) { for (const cb of listeners.finding) { try { cb(f); } catch (_) {} } }

function run(phase, evt, ctx) {
  const hits = [];
  for (const r of rules) {
    if (r.phase !== phase) continue;
    let m = false;
    try { m = r.test(evt); } catch (_) { m = false; }
    if (!m) continue;
    const res = r.onMatch ? r.onMatch(evt, ctx) : null;
    hits.push({ rule: r.id, ...(res || {}) });
  }
  return hits;
}

module.exports = { addRule, onFinding, emitFinding, run };
