"use strict";
// Summarise JUnit XML (attribute-level parse; full content is uploaded as-is).
function attr(tag, name) {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}
function summarize(xml) {
  const s = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
  const suites = xml.match(/<testsuite\b[^>]*>/g) || [];
  for (const t of suites) {
    s.tests += Number(attr(t, "tests") || 0);
    s.failures += Number(attr(t, "failures") || 0);
    s.errors += Number(attr(t, "errors") || 0);
    s.skipped += Number(attr(t, "skipped") || 0);
    s.time += Number(attr(t, "time") || 0);
  }
  return s;
}
module.exports = { summarize };
