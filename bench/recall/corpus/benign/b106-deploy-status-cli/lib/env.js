'use strict';
// Detect non-interactive environments so we never hang a pipeline on a prompt or spray ANSI codes into logs.
const CI_VARS = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE',
  'CIRCLECI', 'TRAVIS', 'TF_BUILD', 'JENKINS_URL', 'TEAMCITY_VERSION', 'CODEBUILD_BUILD_ID', 'BITBUCKET_BUILD_NUMBER', 'DRONE'];

function isCI(env = process.env) {
  if (env.CI === 'false' || env.CI === '0') return false;
  return CI_VARS.some((k) => env[k] !== undefined && env[k] !== '');
}

function ciName(env = process.env) {
  if (env.GITHUB_ACTIONS) return 'GitHub Actions';
  if (env.GITLAB_CI) return 'GitLab CI';
  if (env.BUILDKITE) return 'Buildkite';
  if (env.CIRCLECI) return 'CircleCI';
  if (env.JENKINS_URL) return 'Jenkins';
  if (env.TF_BUILD) return 'Azure Pipelines';
  return isCI(env) ? 'CI' : null;
}

function supportsColor(stream = process.stdout, env = process.env) {
  if ('NO_COLOR' in env) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  if (isCI(env)) return !!(env.GITHUB_ACTIONS || env.BUILDKITE || env.GITLAB_CI); // these render ANSI
  return !!stream.isTTY;
}

function interactive(env = process.env) {
  return !!process.stdin.isTTY && !!process.stdout.isTTY && !isCI(env);
}

module.exports = { isCI, ciName, supportsColor, interactive };
