"use strict";
// Detect the CI provider and collect build metadata that belongs on a test
// report (never secrets: only the documented, non-sensitive build variables).
function detect(env = process.env) {
  if (env.GITHUB_ACTIONS === "true")
    return { provider: "github", build: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT, commit: env.GITHUB_SHA, branch: env.GITHUB_REF_NAME, repo: env.GITHUB_REPOSITORY, url: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` };
  if (env.GITLAB_CI === "true")
    return { provider: "gitlab", build: env.CI_PIPELINE_ID, commit: env.CI_COMMIT_SHA, branch: env.CI_COMMIT_REF_NAME, repo: env.CI_PROJECT_PATH, url: env.CI_PIPELINE_URL };
  if (env.BUILDKITE === "true")
    return { provider: "buildkite", build: env.BUILDKITE_BUILD_NUMBER, commit: env.BUILDKITE_COMMIT, branch: env.BUILDKITE_BRANCH, repo: env.BUILDKITE_REPO, url: env.BUILDKITE_BUILD_URL };
  if (env.CI === "true" || env.CI === "1") return { provider: "generic", build: env.BUILD_ID, commit: env.GIT_COMMIT, branch: env.GIT_BRANCH };
  return null;
}
module.exports = { detect };
