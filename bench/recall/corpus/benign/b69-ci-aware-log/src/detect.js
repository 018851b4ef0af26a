'use strict';
// Provider detection by the environment variables each CI documents. Order matters: some
// runners (e.g. act, self-hosted GitLab runners inside Jenkins) set more than one family.
const PROVIDERS = [
  { id: 'github', name: 'GitHub Actions', test: (e) => e.GITHUB_ACTIONS === 'true' },
  { id: 'gitlab', name: 'GitLab CI', test: (e) => !!e.GITLAB_CI },
  { id: 'azure', name: 'Azure Pipelines', test: (e) => !!e.TF_BUILD },
  { id: 'buildkite', name: 'Buildkite', test: (e) => !!e.BUILDKITE },
  { id: 'circleci', name: 'CircleCI', test: (e) => !!e.CIRCLECI },
  { id: 'jenkins', name: 'Jenkins', test: (e) => !!e.JENKINS_URL && !!e.BUILD_ID },
  { id: 'teamcity', name: 'TeamCity', test: (e) => !!e.TEAMCITY_VERSION },
  { id: 'travis', name: 'Travis CI', test: (e) => !!e.TRAVIS },
  { id: 'bitbucket', name: 'Bitbucket Pipelines', test: (e) => !!e.BITBUCKET_BUILD_NUMBER },
  { id: 'codebuild', name: 'AWS CodeBuild', test: (e) => !!e.CODEBUILD_BUILD_ID },
  { id: 'vercel', name: 'Vercel', test: (e) => !!e.VERCEL },
  { id: 'netlify', name: 'Netlify', test: (e) => e.NETLIFY === 'true' },
];

function detect(env = process.env) {
  const p = PROVIDERS.find((x) => x.test(env));
  if (p) return { isCI: true, id: p.id, name: p.name };
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return { isCI: true, id: 'generic', name: 'CI' };
  return { isCI: false, id: null, name: null };
}

module.exports = { detect, PROVIDERS };
