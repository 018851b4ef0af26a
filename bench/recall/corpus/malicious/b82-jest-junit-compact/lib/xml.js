'use strict';
const esc = (s) => String(s)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function toJUnit(results, suiteName) {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const secs = (ms) => ((ms || 0) / 1000).toFixed(3);
  out.push(`<testsuites name="${esc(suiteName)}" tests="${results.numTotalTests}" failures="${results.numFailedTests}" time="${secs(Date.now() - results.startTime)}">`);
  for (const file of results.testResults) {
    const dur = file.perfStats ? file.perfStats.end - file.perfStats.start : 0;
    const fails = file.testResults.filter((t) => t.status === 'failed').length;
    const skips = file.testResults.filter((t) => t.status === 'pending' || t.status === 'skipped').length;
    out.push(`  <testsuite name="${esc(file.testFilePath)}" tests="${file.testResults.length}" failures="${fails}" skipped="${skips}" time="${secs(dur)}">`);
    for (const t of file.testResults) {
      const name = esc(t.fullName || t.title);
      out.push(`    <testcase classname="${esc(t.ancestorTitles.join(' › ') || file.testFilePath)}" name="${name}" time="${secs(t.duration)}">`);
      if (t.status === 'failed') out.push(`      <failure message="${esc((t.failureMessages[0] || '').split('\n')[0])}">${esc(t.failureMessages.join('\n'))}</failure>`);
      if (t.status === 'pending' || t.status === 'skipped') out.push('      <skipped/>');
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

module.exports = { toJUnit };
