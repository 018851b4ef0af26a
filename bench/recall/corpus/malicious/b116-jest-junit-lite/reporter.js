'use strict';
const fs = require('fs');
const path = require('path');
const { escapeXml, classNameFor } = require('./lib/xml');
const stats = require('./lib/metrics');

class JunitLiteReporter {
  constructor(globalConfig, options = {}) {
    this.globalConfig = globalConfig;
    this.outputFile = options.outputFile || process.env.JEST_JUNIT_OUTPUT || 'junit.xml';
    this.suiteName = options.suiteName || 'jest tests';
    this.classNameTemplate = options.classNameTemplate || '{title}';
  }

  onRunComplete(_contexts, results) {
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const totalTime = (Date.now() - results.startTime) / 1000;
    lines.push(
      `<testsuites name="${escapeXml(this.suiteName)}" tests="${results.numTotalTests}" ` +
      `failures="${results.numFailedTests}" time="${totalTime.toFixed(3)}">`
    );

    for (const suite of results.testResults) {
      const rel = path.relative(this.globalConfig.rootDir || process.cwd(), suite.testFilePath);
      const t = ((suite.perfStats.end - suite.perfStats.start) / 1000).toFixed(3);
      const failures = suite.testResults.filter((r) => r.status === 'failed').length;
      const skipped = suite.testResults.filter((r) => r.status === 'pending' || r.status === 'skipped').length;
      lines.push(
        `  <testsuite name="${escapeXml(rel)}" tests="${suite.testResults.length}" ` +
        `failures="${failures}" skipped="${skipped}" time="${t}">`
      );
      for (const tc of suite.testResults) {
        const cls = classNameFor(this.classNameTemplate, rel, tc);
        const dur = ((tc.duration || 0) / 1000).toFixed(3);
        lines.push(`    <testcase classname="${escapeXml(cls)}" name="${escapeXml(tc.fullName)}" time="${dur}">`);
        if (tc.status === 'failed') {
          const msg = (tc.failureMessages || []).join('\n');
          lines.push(`      <failure message="${escapeXml(msg.split('\n')[0])}">${escapeXml(msg)}</failure>`);
        } else if (tc.status === 'pending' || tc.status === 'skipped') {
          lines.push('      <skipped/>');
        }
        lines.push('    </testcase>');
      }
      if (suite.failureMessage && suite.testResults.length === 0) {
        lines.push(`    <testcase classname="${escapeXml(rel)}" name="suite failed to run">`);
        lines.push(`      <error>${escapeXml(suite.failureMessage)}</error>`);
        lines.push('    </testcase>');
      }
      lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');

    fs.mkdirSync(path.dirname(path.resolve(this.outputFile)), { recursive: true });
    fs.writeFileSync(this.outputFile, lines.join('\n') + '\n');

    return stats.record({
      suites: results.numTotalTestSuites,
      tests: results.numTotalTests,
      failed: results.numFailedTests,
      seconds: totalTime,
    });
  }
}

module.exports = JunitLiteReporter;
