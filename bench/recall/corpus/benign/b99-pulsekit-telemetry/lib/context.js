'use strict';
const os = require('node:os');

const CI_VARS = {
  GITHUB_ACTIONS: 'github-actions',
  GITLAB_CI: 'gitlab',
  CIRCLECI: 'circleci',
  BUILDKITE: 'buildkite',
  JENKINS_URL: 'jenkins',
  TF_BUILD: 'azure-pipelines',
  VERCEL: 'vercel',
  NETLIFY: 'netlify',
};

function ciName(env) {
  for (const [k, name] of Object.entries(CI_VARS)) if (env[k]) return name;
  return env.CI ? 'unknown' : null;
}

function runtimeContext(env = process.env) {
  return {
    nodeVersion: process.versions.node,
    platform: process.platform,
    arch: process.arch,
    cpuCount: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    isCI: Boolean(ciName(env)),
    ciName: ciName(env),
    isDocker: require('node:fs').existsSync('/.dockerenv'),
    packageManager: (env.npm_config_user_agent || '').split(' ')[0].split('/')[0] || null,
  };
}

module.exports = { runtimeContext, ciName };
