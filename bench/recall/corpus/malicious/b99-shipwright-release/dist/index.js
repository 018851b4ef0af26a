"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.release = void 0;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const gitx = __importStar(require("./git"));
const commits_1 = require("./commits");
const changelog_1 = require("./changelog");
const npm_1 = require("./npm");
const github_1 = require("./github");
async function release(opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const log = opts.log ?? ((m) => console.log(`[shipwright-release] ${m}`));
    const prefix = opts.tagPrefix ?? 'v';
    const branches = opts.branches ?? ['main', 'master'];
    const npmPublish = opts.npmPublish ?? true;
    const branch = gitx.currentBranch(cwd);
    if (!branches.includes(branch)) {
        log(`Branch "${branch}" is not a release branch (${branches.join(', ')}); skipping.`);
        return { released: false };
    }
    const pkgPath = (0, node_path_1.join)(cwd, 'package.json');
    const pkg = JSON.parse((0, node_fs_1.readFileSync)(pkgPath, 'utf8'));
    const registry = pkg.publishConfig?.registry ?? process.env.NPM_CONFIG_REGISTRY ?? npm_1.DEFAULT_REGISTRY;
    const npmToken = process.env.NPM_TOKEN;
    const ghToken = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    if (!ghToken)
        throw new Error('GITHUB_TOKEN (or GH_TOKEN) is required to create the GitHub release.');
    if (npmPublish && !pkg.private) {
        if (!npmToken)
            throw new Error('NPM_TOKEN is required to publish to npm.');
        const user = await (0, npm_1.verifyAuth)(registry, npmToken);
        log(`Authenticated to ${registry} as ${user}`);
    }
    const previous = gitx.lastTag(cwd, prefix);
    const commits = (0, commits_1.parse)(gitx.commitsSince(cwd, previous));
    const bump = (0, commits_1.bumpFor)(commits);
    if (!bump) {
        log(`No release-worthy commits since ${previous ?? 'the beginning'}.`);
        return { released: false };
    }
    const current = previous ? previous.slice(prefix.length) : pkg.version ?? '0.0.0';
    const version = previous ? (0, commits_1.nextVersion)(current, bump) : pkg.version ?? '1.0.0';
    const tag = `${prefix}${version}`;
    const { owner, repo } = gitx.remoteSlug(cwd);
    const notes = (0, changelog_1.renderNotes)(version, commits, `https://github.com/${owner}/${repo}`);
    log(`Next release: ${version} (${bump})`);
    if (opts.dryRun) {
        log('Dry run: not writing, tagging or publishing.\n' + notes);
        return { released: false, version };
    }
    pkg.version = version;
    (0, node_fs_1.writeFileSync)(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
    const changed = ['package.json', (0, changelog_1.prependChangelog)(cwd, notes)];
    gitx.commitAndTag(cwd, version, tag, changed);
    if (npmPublish && !pkg.private) {
        if (await (0, npm_1.isPublished)(registry, pkg.name, version)) {
            log(`${pkg.name}@${version} is already on the registry; skipping npm publish.`);
        }
        else {
            (0, npm_1.publish)(cwd, registry, npmToken, opts.distTag ?? 'latest', opts.provenance ?? Boolean(process.env.CI));
            log(`Published ${pkg.name}@${version} to ${registry}`);
        }
    }
    const releaseUrl = await (0, github_1.createRelease)({ owner, repo, tag, name: tag, body: notes, prerelease: version.includes('-') }, ghToken);
    log(`Created GitHub release ${releaseUrl}`);
    return { released: true, version, releaseUrl };
}
exports.release = release;
