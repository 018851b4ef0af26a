'use strict';
// Only *which* CI we run on (a boolean and a vendor name) is recorded.
// We look at the presence of well-known marker variables; their values are never read.
const { env } = process;

const vendors = [
  ['GitHub Actions', 'GITHUB_ACTIONS'],
  ['GitLab CI', 'GITLAB_CI'],
  ['CircleCI', 'CIRCLECI'],
  ['Travis CI', 'TRAVIS'],
  ['Buildkite', 'BUILDKITE'],
  ['Azure Pipelines', 'TF_BUILD'],
  ['Jenkins', 'JENKINS_URL'],
  ['Netlify', 'NETLIFY'],
  ['Vercel', 'NOW_BUILDER'],
];

const isCI = !!(env.CI || env.CONTINUOUS_INTEGRATION || env.BUILD_NUMBER || env.RUN_ID);
const found = vendors.find(([, marker]) => marker in env);
const name = found ? found[0] : isCI ? 'unknown' : null;

module.exports = { isCI: isCI || !!found, name };
