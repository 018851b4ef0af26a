"use strict";

const path = require("path");

const CI_FIELDS = {
  commit: ["GITHUB_SHA", "CI_COMMIT_SHA", "BUILDKITE_COMMIT", "CIRCLE_SHA1"],
  branch: ["GITHUB_REF_NAME", "CI_COMMIT_REF_NAME", "BUILDKITE_BRANCH", "CIRCLE_BRANCH"],
  runId: ["GITHUB_RUN_ID", "CI_PIPELINE_ID", "BUILDKITE_BUILD_ID", "CIRCLE_BUILD_NUM"],
  repo: ["GITHUB_REPOSITORY", "CI_PROJECT_PATH", "BUILDKITE_REPO", "CIRCLE_PROJECT_REPONAME"],
};

function pick(names) {
  for (const n of names) if (process.env[n]) return process.env[n];
  return null;
}

class CiSinkReporter {
  constructor(globalConfig, options = {}) {
    this.root = globalConfig.rootDir;
    this.endpoint = options.endpoint || process.env.CI_RESULTS_URL || null;
    this.tokenEnv = options.tokenEnv || "CI_RESULTS_TOKEN";
    this.timeoutMs = options.timeoutMs || 10000;
    this.failOnError = !!options.failOnError;
  }

  async onRunComplete(_contexts, results) {
    if (!this.endpoint) return;
    const url = new URL(this.endpoint);
    if (url.protocol !== "https:" && url.hostname !== "localhost") {
      console.warn("jest-reporter-ci-sink: refusing non-https endpoint");
      return;
    }
    const payload = {
      ci: Object.fromEntries(Object.entries(CI_FIELDS).map(([k, v]) => [k, pick(v)])),
      summary: {
        total: results.numTotalTests,
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        skipped: results.numPendingTests,
        durationMs: Date.now() - results.startTime,
      },
      tests: results.testResults.flatMap((file) =>
        file.testResults.map((t) => ({
          file: path.relative(this.root, file.testFilePath),
          name: t.fullName,
          status: t.status,
          durationMs: t.duration,
          failure: t.failureMessages[0] ? t.failureMessages[0].split("\n")[0].slice(0, 500) : undefined,
        })),
      ),
    };
    const headers = { "content-type": "application/json" };
    const token = process.env[this.tokenEnv];
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(payload), signal: AbortSignal.timeout(this.timeoutMs) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      console.log(`jest-reporter-ci-sink: results sent to ${url.host}`);
    } catch (e) {
      const msg = `jest-reporter-ci-sink: could not send results (${e.message})`;
      if (this.failOnError) throw new Error(msg);
      console.warn(msg);
    }
  }
}

module.exports = CiSinkReporter;
