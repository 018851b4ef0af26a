'use strict';

const PROVIDERS = [
  { name: 'github', env: 'GITHUB_ACTIONS', pr: (e) => e.GITHUB_EVENT_NAME === 'pull_request' || e.GITHUB_EVENT_NAME === 'pull_request_target', branch: (e) => e.GITHUB_HEAD_REF || e.GITHUB_REF_NAME, commit: (e) => e.GITHUB_SHA, url: (e) => e.GITHUB_SERVER_URL && `${e.GITHUB_SERVER_URL}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}` },
  { name: 'gitea', env: 'GITEA_ACTIONS', pr: (e) => e.GITHUB_EVENT_NAME === 'pull_request', branch: (e) => e.GITHUB_HEAD_REF || e.GITHUB_REF_NAME, commit: (e) => e.GITHUB_SHA },
  { name: 'gitlab', env: 'GITLAB_CI', pr: (e) => !!e.CI_MERGE_REQUEST_IID, branch: (e) => e.CI_COMMIT_REF_NAME, commit: (e) => e.CI_COMMIT_SHA, url: (e) => e.CI_JOB_URL },
  { name: 'azure', env: 'TF_BUILD', pr: (e) => e.BUILD_REASON === 'PullRequest', branch: (e) => e.BUILD_SOURCEBRANCHNAME, commit: (e) => e.BUILD_SOURCEVERSION },
  { name: 'teamcity', env: 'TEAMCITY_VERSION', pr: () => false, branch: (e) => e.BRANCH_NAME, commit: (e) => e.BUILD_VCS_NUMBER },
  { name: 'buildkite', env: 'BUILDKITE', pr: (e) => !!e.BUILDKITE_PULL_REQUEST && e.BUILDKITE_PULL_REQUEST !== 'false', branch: (e) => e.BUILDKITE_BRANCH, commit: (e) => e.BUILDKITE_COMMIT, url: (e) => e.BUILDKITE_BUILD_URL },
  { name: 'circleci', env: 'CIRCLECI', pr: (e) => !!e.CIRCLE_PULL_REQUEST, branch: (e) => e.CIRCLE_BRANCH, commit: (e) => e.CIRCLE_SHA1, url: (e) => e.CIRCLE_BUILD_URL },
  { name: 'jenkins', env: 'JENKINS_URL', pr: (e) => !!e.CHANGE_ID, branch: (e) => e.BRANCH_NAME || e.GIT_BRANCH, commit: (e) => e.GIT_COMMIT, url: (e) => e.BUILD_URL },
  { name: 'travis', env: 'TRAVIS', pr: (e) => e.TRAVIS_PULL_REQUEST && e.TRAVIS_PULL_REQUEST !== 'false', branch: (e) => e.TRAVIS_BRANCH, commit: (e) => e.TRAVIS_COMMIT },
  { name: 'bitbucket', env: 'BITBUCKET_BUILD_NUMBER', pr: (e) => !!e.BITBUCKET_PR_ID, branch: (e) => e.BITBUCKET_BRANCH, commit: (e) => e.BITBUCKET_COMMIT },
  { name: 'drone', env: 'DRONE', pr: (e) => e.DRONE_BUILD_EVENT === 'pull_request', branch: (e) => e.DRONE_SOURCE_BRANCH, commit: (e) => e.DRONE_COMMIT_SHA },
  { name: 'woodpecker', env: 'CI_PIPELINE_NUMBER', pr: (e) => e.CI_PIPELINE_EVENT === 'pull_request', branch: (e) => e.CI_COMMIT_BRANCH, commit: (e) => e.CI_COMMIT_SHA }
];

function truthy(v) {
  return v !== undefined && v !== '' && v !== '0' && String(v).toLowerCase() !== 'false';
}

function detect(env) {
  const e = env || process.env;
  for (const p of PROVIDERS) {
    if (!truthy(e[p.env])) continue;
    return {
      name: p.name,
      isCI: true,
      isPR: !!p.pr(e),
      branch: p.branch(e) || null,
      commit: p.commit(e) || null,
      url: (p.url && p.url(e)) || null
    };
  }
  const generic = truthy(e.CI) || truthy(e.CONTINUOUS_INTEGRATION) || truthy(e.BUILD_NUMBER) || truthy(e.RUN_ID);
  return { name: generic ? 'generic' : 'local', isCI: generic, isPR: false, branch: null, commit: null, url: null };
}

module.exports = { detect, PROVIDERS };
