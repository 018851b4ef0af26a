'use strict';
const fs = require('fs');
const os = require('os');

// Mirrors the detection table of the `ci-info` project.
const VENDORS = [
  ['GitHub Actions', 'GITHUB_ACTIONS'], ['GitLab CI', 'GITLAB_CI'], ['CircleCI', 'CIRCLECI'], ['Travis CI', 'TRAVIS'],
  ['Jenkins', 'JENKINS_URL'], ['Buildkite', 'BUILDKITE'], ['Azure Pipelines', 'TF_BUILD'], ['AWS CodeBuild', 'CODEBUILD_BUILD_ARN'],
  ['Bitbucket', 'BITBUCKET_COMMIT'], ['TeamCity', 'TEAMCITY_VERSION'], ['Drone', 'DRONE'], ['Vercel', 'NOW_BUILDER'], ['Netlify', 'NETLIFY']
];

function ciVendor(env = process.env) {
  for (const [name, key] of VENDORS) if (env[key]) return name;
  if (env.CI && env.CI !== 'false') return 'unknown';
  return null;
}

function inContainer() {
  if (fs.existsSync('/.dockerenv') || fs.existsSync('/run/.containerenv')) return true;
  try { return /docker|kubepods|containerd|lxc/.test(fs.readFileSync('/proc/1/cgroup', 'utf8')); } catch { return false; }
}

function isInteractive() {
  return Boolean(process.stdout.isTTY && process.stdin.isTTY) && process.env.TERM !== 'dumb';
}

function environmentKind(env = process.env) {
  if (ciVendor(env)) return 'ci';
  if (inContainer()) return 'container';
  if (env.CODESPACES || env.GITPOD_WORKSPACE_ID) return 'cloud-dev';
  if (!isInteractive()) return 'script';
  return 'interactive';
}

module.exports = { ciVendor, inContainer, isInteractive, environmentKind, cpuCount: () => os.cpus().length };
