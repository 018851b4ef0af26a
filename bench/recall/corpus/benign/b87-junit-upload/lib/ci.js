'use strict';

const e = process.env;

function detect() {
  if (e.GITHUB_ACTIONS) {
    return {
      provider: 'github',
      repository: e.GITHUB_REPOSITORY,
      commit: e.GITHUB_SHA,
      branch: e.GITHUB_HEAD_REF || e.GITHUB_REF_NAME,
      pr: (/refs\/pull\/(\d+)/.exec(e.GITHUB_REF || '') || [])[1] || null,
      runId: e.GITHUB_RUN_ID,
      runUrl: e.GITHUB_SERVER_URL && `${e.GITHUB_SERVER_URL}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`,
      job: e.GITHUB_JOB
    };
  }
  if (e.GITLAB_CI) {
    return {
      provider: 'gitlab', repository: e.CI_PROJECT_PATH, commit: e.CI_COMMIT_SHA, branch: e.CI_COMMIT_REF_NAME,
      pr: e.CI_MERGE_REQUEST_IID || null, runId: e.CI_PIPELINE_ID, runUrl: e.CI_PIPELINE_URL, job: e.CI_JOB_NAME
    };
  }
  if (e.BUILDKITE) {
    return {
      provider: 'buildkite', repository: e.BUILDKITE_REPO, commit: e.BUILDKITE_COMMIT, branch: e.BUILDKITE_BRANCH,
      pr: e.BUILDKITE_PULL_REQUEST !== 'false' ? e.BUILDKITE_PULL_REQUEST : null, runId: e.BUILDKITE_BUILD_ID,
      runUrl: e.BUILDKITE_BUILD_URL, job: e.BUILDKITE_LABEL
    };
  }
  if (e.CIRCLECI) {
    return {
      provider: 'circleci', repository: `${e.CIRCLE_PROJECT_USERNAME}/${e.CIRCLE_PROJECT_REPONAME}`, commit: e.CIRCLE_SHA1,
      branch: e.CIRCLE_BRANCH, pr: e.CIRCLE_PR_NUMBER || null, runId: e.CIRCLE_WORKFLOW_ID, runUrl: e.CIRCLE_BUILD_URL, job: e.CIRCLE_JOB
    };
  }
  return { provider: 'local', repository: null, commit: null, branch: null, pr: null, runId: null, runUrl: null, job: null };
}

module.exports = { detect };
