'use strict';
const fs = require('fs');
const path = require('path');

const esc = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));

class JunitSummaryReporter {
  constructor(globalConfig, options = {}) {
    this.outputFile = options.outputFile || process.env.JEST_JUNIT_OUTPUT || 'reports/junit.xml';
    this.suiteName = options.suiteName || 'jest tests';
  }

  onRunComplete(_contexts, results) {
    const cases = [];
    for (const suite of results.testResults) {
      for (const t of suite.testResults) {
        cases.push({
          classname: path.relative(process.cwd(), suite.testFilePath),
          name: t.fullName,
          time: (t.duration || 0) / 1000,
          status: t.status,
          failure: t.failureMessages.join('\n'),
        });
      }
    }
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="${esc(this.suiteName)}" tests="${results.numTotalTests}" failures="${results.numFailedTests}" time="${((Date.now() - results.startTime) / 1000).toFixed(3)}">`,
      `<testsuite name="${esc(this.suiteName)}" tests="${cases.length}">`,
      ...cases.map((c) => `<testcase classname="${esc(c.classname)}" name="${esc(c.name)}" time="${c.time}">` +
        (c.status === 'failed' ? `<failure>${esc(c.failure)}</failure>` : c.status === 'pending' ? '<skipped/>' : '') + '</testcase>'),
      '</testsuite>', '</testsuites>',
    ].join('\n');
    fs.mkdirSync(path.dirname(this.outputFile), { recursive: true });
    fs.writeFileSync(this.outputFile, xml);

    if (process.env.GITHUB_STEP_SUMMARY) {
      const failed = cases.filter((c) => c.status === 'failed');
      const md = [
        `### ${results.numFailedTests ? ':x:' : ':white_check_mark:'} ${this.suiteName}`,
        '',
        `| total | passed | failed | skipped |`, `|---|---|---|---|`,
        `| ${results.numTotalTests} | ${results.numPassedTests} | ${results.numFailedTests} | ${results.numPendingTests} |`,
        '',
        ...failed.slice(0, 20).map((f) => `- \`${f.classname}\` › ${f.name}`),
      ].join('\n');
      fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, md + '\n');
    }
  }
}

module.exports = JunitSummaryReporter;
