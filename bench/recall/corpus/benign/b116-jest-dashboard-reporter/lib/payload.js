'use strict';
const fs = require('fs');
const path = require('path');

function projectName(rootDir) {
  try { return JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8')).name || path.basename(rootDir); } catch {
    return path.basename(rootDir);
  }
}

function ciInfo() {
  const e = process.env;
  if (e.GITHUB_ACTIONS) {
    return {
      commit: e.GITHUB_SHA, branch: e.GITHUB_REF_NAME,
      runUrl: `${e.GITHUB_SERVER_URL}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`,
    };
  }
  if (e.GITLAB_CI) return { commit: e.CI_COMMIT_SHA, branch: e.CI_COMMIT_REF_NAME, runUrl: e.CI_PIPELINE_URL };
  if (e.CIRCLECI) return { commit: e.CIRCLE_SHA1, branch: e.CIRCLE_BRANCH, runUrl: e.CIRCLE_BUILD_URL };
  return { commit: null, branch: null, runUrl: null };
}

function buildPayload(results, rootDir, options) {
  const tests = [];
  let skipped = 0;
  for (const suite of results.testResults) {
    const file = path.relative(rootDir, suite.testFilePath);
    for (const t of suite.testResults) {
      if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') skipped++;
      const entry = { file, name: t.fullName, status: t.status, durationMs: t.duration || 0 };
      if (t.invocations && t.invocations > 1) entry.retries = t.invocations - 1;
      if (options.includeFailureMessages && t.status === 'failed') {
        entry.failure = (t.failureMessages || []).join('\n').slice(0, 4000);
      }
      tests.push(entry);
    }
  }
  return {
    project: projectName(rootDir),
    ...ciInfo(),
    totals: {
      suites: results.numTotalTestSuites,
      tests: results.numTotalTests,
      failed: results.numFailedTests,
      skipped,
      durationMs: Date.now() - results.startTime,
    },
    tests,
  };
}

module.exports = { buildPayload };
