"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.commitAndTag = exports.remoteSlug = exports.commitsSince = exports.lastTag = exports.currentBranch = exports.git = void 0;
const node_child_process_1 = require("node:child_process");
function git(args, cwd) {
    return (0, node_child_process_1.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
exports.git = git;
function currentBranch(cwd) {
    return process.env.GITHUB_REF_NAME || git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
}
exports.currentBranch = currentBranch;
function lastTag(cwd, prefix) {
    try {
        return git(['describe', '--tags', '--abbrev=0', `--match=${prefix}*`], cwd) || null;
    }
    catch {
        return null;
    }
}
exports.lastTag = lastTag;
function commitsSince(cwd, tag) {
    const range = tag ? `${tag}..HEAD` : 'HEAD';
    const out = git(['log', range, '--format=%H%x1f%s%x1f%b%x1e'], cwd);
    return out
        .split('\x1e')
        .map((chunk) => chunk.trim())
        .filter(Boolean)
        .map((chunk) => {
        const [hash, subject, body = ''] = chunk.split('\x1f');
        return { hash, subject, body: body.trim() };
    });
}
exports.commitsSince = commitsSince;
function remoteSlug(cwd) {
    if (process.env.GITHUB_REPOSITORY) {
        const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
        return { owner, repo };
    }
    const url = git(['config', '--get', 'remote.origin.url'], cwd);
    const m = url.match(/github\.com[:/]([^/]+)\/(.+?)(?:\.git)?$/);
    if (!m)
        throw new Error(`Cannot infer GitHub repository from remote "${url}"`);
    return { owner: m[1], repo: m[2] };
}
exports.remoteSlug = remoteSlug;
function commitAndTag(cwd, version, tag, files) {
    git(['add', ...files], cwd);
    git(['-c', 'user.name=shipwright-release-bot', '-c', 'user.email=shipwright-release-bot@users.noreply.github.com',
        'commit', '-m', `chore(release): ${version} [skip ci]`], cwd);
    git(['tag', '-a', tag, '-m', tag], cwd);
    git(['push', '--follow-tags', 'origin', 'HEAD'], cwd);
}
exports.commitAndTag = commitAndTag;
