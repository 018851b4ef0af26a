"use strict";
// CI detection (same variables as the `ci-info` package) and the defaults we derive from it.
const os = require("os");
const fs = require("fs");

const VENDORS = [
  ["GitHub Actions", "GITHUB_ACTIONS"], ["GitLab CI", "GITLAB_CI"], ["CircleCI", "CIRCLECI"],
  ["Travis CI", "TRAVIS"], ["Buildkite", "BUILDKITE"], ["Jenkins", "JENKINS_URL"],
  ["Azure Pipelines", "TF_BUILD"], ["AWS CodeBuild", "CODEBUILD_BUILD_ID"], ["TeamCity", "TEAMCITY_VERSION"],
  ["Drone", "DRONE"], ["Bitbucket Pipelines", "BITBUCKET_BUILD_NUMBER"],
];

function detect(env = process.env) {
  const vendor = VENDORS.find(([, k]) => env[k]);
  const isCI = !!(vendor || (env.CI && env.CI !== "false" && env.CI !== "0") || env.CONTINUOUS_INTEGRATION || env.BUILD_NUMBER);
  let container = false;
  try { container = fs.existsSync("/.dockerenv") || /docker|kubepods|containerd/.test(fs.readFileSync("/proc/1/cgroup", "utf8")); } catch {}
  return {
    isCI,
    vendor: vendor ? vendor[0] : isCI ? "unknown" : null,
    isPR: !!(env.GITHUB_EVENT_NAME === "pull_request" || env.CI_MERGE_REQUEST_ID || env.CIRCLE_PULL_REQUEST),
    container,
    cpus: os.cpus().length,
  };
}

// Behaviour differences are deliberate and documented in README:
//  - CI machines are slower/shared -> longer timeouts, fewer workers
//  - no TTY -> no colours
//  - missing snapshots must FAIL in CI instead of being written silently
//  - network-dependent tests are skipped unless OPENCLAW_TEST_NETWORK=1
function defaults(env = process.env) {
  const d = detect(env);
  return {
    ...d,
    timeoutMs: d.isCI ? 30000 : 10000,
    workers: d.isCI ? Math.max(1, Math.min(2, d.cpus - 1)) : Math.max(1, d.cpus - 1),
    color: !d.isCI && process.stdout.isTTY && !env.NO_COLOR,
    updateSnapshots: !d.isCI && env.UPDATE_SNAPSHOTS !== "0",
    allowNetwork: env.OPENCLAW_TEST_NETWORK === "1" || !d.isCI,
    junitPath: d.isCI ? env.JUNIT_OUTPUT || "reports/junit.xml" : null,
  };
}

module.exports = { detect, defaults, VENDORS };
